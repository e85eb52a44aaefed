import { describe, expect, it } from 'vitest';
import type { Turn } from '../../core/turn.js';
import { type AdmissionGroup, type AdmissionStore, GroupAdmission } from './group-admission.js';
import type { InboxEntry } from './inbox.js';

/** Records every write; refuses keys it has seen, as the inbox does. */
class RecordingStore implements AdmissionStore {
  readonly writes: AdmissionGroup[][] = [];
  private readonly seen = new Set<string>();

  async admitGroups(groups: readonly AdmissionGroup[]): Promise<boolean[][]> {
    this.writes.push([...groups]);
    return groups.map((group) =>
      group.entries.map((entry) => {
        if (this.seen.has(entry.key)) return false;
        this.seen.add(entry.key);
        return true;
      }),
    );
  }
}

function entry(key: string): InboxEntry {
  const turn = { id: key, platform: 'slack', user: { id: key }, conversation: { id: 'D1', kind: 'dm' } } as Turn;
  return { key, lane: key, turn, target: { userId: key, conversation: { id: 'D1', kind: 'dm' } } };
}

/** Two queues with room for `room` each, as two answer threads are. */
function twoQueues(store: AdmissionStore, room: Record<string, number>) {
  return new GroupAdmission({
    store,
    pick: (reserved) => {
      const free = Object.entries(room)
        .map(([owner, places]) => [owner, places - (reserved.get(owner) ?? 0)] as const)
        .filter(([, places]) => places > 0)
        .sort((a, b) => b[1] - a[1]);
      return free[0]?.[0];
    },
    lease: (owner) => ({ owner, until: 1_000 }),
    now: () => 0,
  });
}

describe('group admission', () => {
  it('writes a burst for several queues in one go, each queue its own lease, the overflow held by nobody', async () => {
    const store = new RecordingStore();
    const admission = twoQueues(store, { A: 2, B: 1 });
    const admitted = await Promise.all(['k1', 'k2', 'k3', 'k4'].map((key) => admission.admit(entry(key))));
    expect(admitted).toEqual([true, true, true, true]);
    expect(store.writes).toHaveLength(1);
    const groups = store.writes[0]!.map((group) => [group.lease.owner, group.entries.map((each) => each.key)]);
    expect(groups).toEqual([
      ['A', ['k1', 'k2']],
      ['B', ['k3']],
      ['', ['k4']],
    ]);
    expect(['k1', 'k2', 'k3', 'k4'].map((key) => admission.handOver(key))).toEqual(['A', 'A', 'B', undefined]);
    // Handed over once: a second run of the same turn hands nothing.
    expect(admission.handOver('k1')).toBeUndefined();
  });

  it('frees the place of a duplicate, and keeps a queue’s places until its turns are handed over', async () => {
    const store = new RecordingStore();
    const admission = twoQueues(store, { A: 1 });
    expect(await admission.admit(entry('k1'))).toBe(true);
    expect(admission.ownerOf('k1')).toBe('A');
    // A's only place is reserved for k1 until it is handed over: k2 waits in the inbox.
    expect(await admission.admit(entry('k2'))).toBe(true);
    expect(admission.ownerOf('k2')).toBeUndefined();
    expect(admission.handOver('k1')).toBe('A');
    // A retry of k2 is refused, and takes no place.
    expect(await admission.admit(entry('k2'))).toBe(false);
    expect(admission.ownerOf('k2')).toBeUndefined();
    expect(await admission.admit(entry('k3'))).toBe(true);
    expect(admission.ownerOf('k3')).toBe('A');
  });

  it('fails every caller of a batch the store could not write, and frees their places', async () => {
    const admission = new GroupAdmission({
      store: { admitGroups: async () => Promise.reject(new Error('disk full')) },
      pick: () => 'A',
      lease: (owner) => ({ owner, until: 1_000 }),
    });
    const results = await Promise.allSettled([admission.admit(entry('k1')), admission.admit(entry('k2'))]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(admission.ownerOf('k1')).toBeUndefined();
  });
});
