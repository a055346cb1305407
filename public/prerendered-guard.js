// Loaded by prerendered pages before anything is drawn (a blocking script in <head>; the CSP
// allows no inline one). Their markup shows one URL with its default choices. On any other URL —
// choices in the query, or another path served the same file — it is hidden until the app has
// drawn what was asked for, rather than flash a chart that is not the one asked for.
(function () {
  var html = document.documentElement;
  var page = html.getAttribute('data-prerendered');
  if (page && (window.location.pathname !== page || window.location.search !== '')) html.classList.add('prerendered-elsewhere');
})();
