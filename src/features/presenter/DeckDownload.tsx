// "Tải PowerPoint (.pptx)" in the deck's controls: the whole presentation as a PowerPoint file with
// native charts. Its data comes from the cache the slides fill; its code loads on the click.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ObservationQuery } from '../../api/contract';
import { exportFileName } from '../../domain/csv';
import { carrySelection, indexUnits, resolveLevel } from '../../domain/lineage';
import { useI18n } from '../../i18n/I18nProvider';
import { observationQueries, referenceQueries } from '../../queries';
import { useViewState } from '../../routing/useViewState';
import { ExportFailure } from '../../ui/ExportMenu';
import { slideWords } from '../../ui/export/texts';
import { SERIES_COLOURS } from '../../ui/palette';

/** The observations each slide shows: the same queries (and cache entries) as the slides. */
export type DeckQueries = { ranking: ObservationQuery; investment: ObservationQuery; province: ObservationQuery };

export function DeckDownload({ queries }: { queries: DeckQueries }) {
  const { t, lang } = useI18n();
  const { state } = useViewState();
  const client = useQueryClient();
  const [failed, setFailed] = useState(false);

  const save = async () => {
    const list = (q: ObservationQuery) => client.ensureQueryData(observationQueries.list(q));
    const [units, sources, indicators, update, ranking, investment, province, { deckSlides }, { writeDeck }, { download }] = await Promise.all([
      client.ensureQueryData(referenceQueries.units()),
      client.ensureQueryData(referenceQueries.sources()),
      client.ensureQueryData(referenceQueries.indicators()),
      client.ensureQueryData(referenceQueries.dataUpdate()),
      list(queries.ranking),
      list(queries.investment),
      list(queries.province),
      import('./deckFile'),
      import('../../ui/export/deck'),
      import('../../ui/exportImage'),
    ]);
    const level = resolveLevel(state.level, units);
    const index = indexUnits(units);
    const unitCodes = carrySelection(state.units, level, units, index);
    const slides = deckSlides(
      { units, sources, indicators, ranking, investment, province, unitCodes, level, years: { from: state.from, to: state.to } },
      lang,
      slideWords(lang, update),
    );
    const names = unitCodes.map((c) => units.find((u) => u.code === c)?.name ?? c).join(' ');
    const years = ranking
      .filter((o) => index.get(o.unitCode)?.level === level)
      .map((o) => Number(o.period.start.slice(0, 4)))
      .filter((y) => (state.from === null || y >= state.from) && (state.to === null || y <= state.to));
    const title = slides[0]?.title ?? t('deck.open');
    download(await writeDeck({ title, slides, colours: SERIES_COLOURS }), `${exportFileName(t('export.name.deck'), [])}_${exportFileName(names, years)}.pptx`);
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setFailed(false);
          save().catch(() => setFailed(true));
        }}
        aria-label={t('export.pptx')}
      >
        PowerPoint
      </button>
      <ExportFailure shown={failed} />
    </>
  );
}
