// What the API app needs from where the data lives: one interface, an implementation per store.
import type { DataUpdate, Indicator, Observation, Source, Unit, UnitEvent } from '../../api/contract';
import type { ObservationFilter } from '../../api/observationQuery';
import type { AccountStore } from './accountStore';
import type { VersionStore } from './versionStore';

export type Storage = {
  units(): Promise<Unit[]>;
  /** Each indicator with the months its observations cover. */
  indicators(): Promise<Indicator[]>;
  sources(): Promise<Source[]>;
  events(): Promise<UnitEvent[]>;
  /** A checked filter: its indicator ids and unit codes are known to the same storage. */
  observations(filter: ObservationFilter): Promise<Observation[]>;
  /**
   * Names the data every answer is made from: a different version whenever any of it changes, so
   * that a client holding an answer of this version may keep it (ETag, 304).
   */
  dataVersion(): Promise<string>;
  /** The current data version with the date its data last changed (see dataUpdate.ts). */
  dataUpdate(): Promise<DataUpdate>;
  /** Editors' accounts, their sessions and the audit log. */
  accounts: AccountStore;
  /** Publishing: new data versions, kept whole for ever. */
  versions: VersionStore;
};
