import { createMemoryRepository } from '../../../src/storage/memory-repository.ts';
import { storyRepositoryContract } from './story-repository.contract.ts';

storyRepositoryContract('in memory', (now) => createMemoryRepository({ now }));
