// The source every imported figure is reported by: all five fields required, checked as typed.
import type { Source } from '../../api/contract';
import { sourceSchema } from '../../api/contract';
import { useI18n } from '../../i18n/I18nProvider';

export type SourceDraft = { id: string; title: string; publisher: string; published: string; url: string };
export const EMPTY_SOURCE: SourceDraft = { id: '', title: '', publisher: '', published: '', url: '' };
const FIELDS = ['id', 'title', 'publisher', 'published', 'url'] as const;
type Field = (typeof FIELDS)[number];

/** The source as the contract has it, or the fields still missing or wrong. */
export function checkSource(draft: SourceDraft): { ok: true; source: Source } | { ok: false; fields: Field[] } {
  const trimmed = Object.fromEntries(FIELDS.map((f) => [f, draft[f].trim()])) as SourceDraft;
  const fields: Field[] = FIELDS.filter((f) => trimmed[f] === '');
  if (trimmed.url && !/^https?:\/\/\S+$/i.test(trimmed.url)) fields.push('url');
  const parsed = sourceSchema.safeParse(trimmed);
  if (fields.length > 0 || !parsed.success) return { ok: false, fields: fields.length ? fields : (parsed.error?.issues.map((i) => i.path[0]) as Field[]) };
  return { ok: true, source: parsed.data };
}

export function SourceFields({ value, onChange }: { value: SourceDraft; onChange: (next: SourceDraft) => void }) {
  const { t } = useI18n();
  const types: Record<Field, string> = { id: 'text', title: 'text', publisher: 'text', published: 'date', url: 'url' };
  return (
    <fieldset className="editor-form__group">
      <legend>{t('import.source')}</legend>
      {FIELDS.map((field) => (
        <label key={field} className="editor-form__field">
          <span>{t(`import.source.${field}`)}</span>
          <input type={types[field]} name={`source-${field}`} required value={value[field]} onChange={(e) => onChange({ ...value, [field]: e.target.value })} />
        </label>
      ))}
    </fieldset>
  );
}

export const sourceFieldLabel = (t: ReturnType<typeof useI18n>['t'], field: Field) => t(`import.source.${field}`);
