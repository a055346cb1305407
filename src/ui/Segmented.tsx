// A small set of mutually exclusive choices as toggle buttons (one pressed at a time).
import { useLiveControl } from './useHydrated';
type Props<V extends string> = {
  label: string;
  /** `lang` marks a label written in another language (the language switch's own names). */
  options: readonly { value: V; label: string; lang?: string }[];
  value: V;
  onChange: (value: V) => void;
};

export function Segmented<V extends string>({ label, options, value, onChange }: Props<V>) {
  const live = useLiveControl();
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o.value} type="button" lang={o.lang} aria-pressed={value === o.value} onClick={() => onChange(o.value)} {...live}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
