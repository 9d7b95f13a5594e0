import 'fake-indexeddb/auto';
import { createIdbRepository } from '../../../src/storage/idb-repository.ts';
import { createMemoryRepository } from '../../../src/storage/memory-repository.ts';
import { localChannel } from '../../../src/storage/library-channel.ts';
import { storyRepositoryContract } from './story-repository.contract.ts';

/**
 * Both repositories keep the same promises. IndexedDB runs here on fake-indexeddb (a complete,
 * spec-following IndexedDB in JavaScript); tests/e2e/library-storage.test.ts checks it again in real
 * Chromium, where quotas, object URLs and Web Locks exist.
 */
storyRepositoryContract('in memory', (now) => createMemoryRepository({ now }));

let databases = 0;
storyRepositoryContract('IndexedDB', (now) => createIdbRepository({ name: `contract-${++databases}`, now, channel: localChannel() }));
// WebKit's private windows cannot keep Blobs in IndexedDB: the same promises with bytes stored instead.
storyRepositoryContract('IndexedDB storing bytes', (now) =>
  createIdbRepository({ name: `contract-${++databases}`, now, channel: localChannel(), keepsBlobs: false }),
);
