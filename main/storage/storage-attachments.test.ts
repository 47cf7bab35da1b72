/** Attachments through the storage API: Blob in, Blob out, digests, removal, cleanup. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillWithDefaultSettings, type RxAttachmentWriteData, type RxDocumentData } from 'rxdb';
import { getRxStorageSQLite, type RxStorageSQLite } from './index';
import {
  makeDoc,
  openInstance,
  stored,
  tempDirectory,
  testSchema,
  type TestDoc,
  type TestInstance,
} from './storage-test-fixtures';

const schema = fillWithDefaultSettings({ ...testSchema, attachments: {} });
let temp: ReturnType<typeof tempDirectory>;
let storage: RxStorageSQLite;
let instance: TestInstance;

beforeEach(async () => {
  temp = tempDirectory();
  storage = getRxStorageSQLite({ directory: temp.dir });
  instance = await openInstance(storage, { schema });
});
afterEach(async () => {
  await instance.close();
  temp.remove();
});

function attachment(text: string, digest: string, type = 'text/plain'): RxAttachmentWriteData {
  const data = new Blob([text], { type });
  return { data, digest, length: data.size, type };
}

function withAttachments(
  doc: RxDocumentData<TestDoc>,
  attachments: Record<
    string,
    RxAttachmentWriteData | { digest: string; length: number; type: string }
  >,
): RxDocumentData<TestDoc> {
  return { ...doc, _attachments: attachments };
}

const text = async (blob: Blob) => blob.text();

describe('attachments', () => {
  it('stores a Blob and returns it with its type; refuses a wrong digest', async () => {
    const doc = withAttachments(stored(makeDoc('a')), { 'menu.txt': attachment('Käse 🧀', 'd1') });
    expect((await instance.bulkWrite([{ document: doc }], 'test')).error).toEqual([]);
    const blob = await instance.getAttachmentData('a', 'menu.txt', 'd1');
    expect(await text(blob)).toBe('Käse 🧀');
    expect(blob.type).toBe('text/plain');
    await expect(instance.getAttachmentData('a', 'menu.txt', 'other')).rejects.toThrow(
      /does not exist/,
    );
    await expect(instance.getAttachmentData('a', 'nope', 'd1')).rejects.toThrow(/does not exist/);
    // The stored document holds the attachment's metadata, not its data.
    const [read] = await instance.findDocumentsById(['a'], false);
    expect(read?._attachments).toEqual({
      'menu.txt': { digest: 'd1', length: 10, type: 'text/plain' },
    });
  });

  it('replaces, keeps and removes attachments on updates', async () => {
    const v1 = withAttachments(stored(makeDoc('a')), {
      'keep.txt': attachment('keep', 'k1'),
      'swap.txt': attachment('old', 's1'),
      'drop.txt': attachment('drop', 'x1'),
    });
    await instance.bulkWrite([{ document: v1 }], 'test');
    const [stored1] = await instance.findDocumentsById(['a'], false);
    if (!stored1) throw new Error('missing');
    const v2 = withAttachments(stored(makeDoc('a'), { previous: stored1 }), {
      'keep.txt': stored1._attachments['keep.txt'] as {
        digest: string;
        length: number;
        type: string;
      },
      'swap.txt': attachment('new', 's2'),
    });
    expect((await instance.bulkWrite([{ document: v2, previous: stored1 }], 'test')).error).toEqual(
      [],
    );
    expect(await text(await instance.getAttachmentData('a', 'keep.txt', 'k1'))).toBe('keep');
    expect(await text(await instance.getAttachmentData('a', 'swap.txt', 's2'))).toBe('new');
    await expect(instance.getAttachmentData('a', 'drop.txt', 'x1')).rejects.toThrow();
  });

  it('answers 510 for a new attachment without data', async () => {
    const doc = withAttachments(stored(makeDoc('a')), {
      'ghost.txt': { digest: 'g', length: 3, type: 'text/plain' },
    });
    const { error } = await instance.bulkWrite([{ document: doc }], 'test');
    expect(error.map((e) => e.status)).toEqual([510]);
    expect(await instance.findDocumentsById(['a'], true)).toEqual([]);
  });

  it('purges the attachments of tombstones on cleanup', async () => {
    const tomb = withAttachments(stored(makeDoc('t'), { deleted: true }), {
      'old.txt': attachment('old', 'o1'),
    });
    await instance.bulkWrite([{ document: tomb }], 'replication');
    expect(await text(await instance.getAttachmentData('t', 'old.txt', 'o1'))).toBe('old');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await instance.cleanup(0)).toBe(true);
    await expect(instance.getAttachmentData('t', 'old.txt', 'o1')).rejects.toThrow();
  });

  it('finishes a write whose attachment is still being read before close resolves', async () => {
    const big = attachment('x'.repeat(2_000_000), 'big');
    const write = instance.bulkWrite(
      [{ document: withAttachments(stored(makeDoc('w')), { 'big.bin': big }) }],
      'test',
    );
    await instance.close();
    expect((await write).error).toEqual([]);
    instance = await openInstance(storage, { schema });
    expect((await instance.getAttachmentData('w', 'big.bin', 'big')).size).toBe(2_000_000);
  });

  it('refuses attachments on a collection whose schema has none', async () => {
    const plain = await openInstance(storage, { collectionName: 'plain' });
    await expect(plain.getAttachmentData('a', 'b', 'c')).rejects.toThrow(/has no attachments/);
    await plain.close();
  });
});
