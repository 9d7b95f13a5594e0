import { describe, expect, it } from 'vitest';
import { classifyLoadError, formatProblem, loadProblem, missingAssetProblem } from '../../../src/audio/problems.ts';
import { parseFormat } from '../../../src/audio/formats.ts';

const A = 'ab'.repeat(32);

describe('problem messages', () => {
  it('classifies howler load errors', () => {
    expect(classifyLoadError('Failed loading audio file with status: 404.')).toEqual({ code: 'load-failed', cause: 'the file was not found (HTTP 404)' });
    expect(classifyLoadError('Decoding audio data failed.').code).toBe('decode-failed');
    expect(classifyLoadError('No codec support for selected audio sources.').code).toBe('format-unsupported');
    expect(classifyLoadError(3).code).toBe('decode-failed');
    expect(classifyLoadError(4).cause).toMatch(/not found/);
  });

  it('says which sound, what went wrong and what to do', () => {
    const label = { role: 'bed' as const, name: 'rain.mp3', sceneId: 'harbour', itemId: 'b1' };
    const missing = missingAssetProblem(label, A);
    expect(missing.message).toMatch(/^The ambient sound "rain.mp3" in scene "harbour" has no sound file/);
    expect(missing.message).toMatch(/Add the file again/);
    expect(missing).toMatchObject({ code: 'asset-missing', severity: 'error', sceneId: 'harbour', assetId: A, role: 'bed' });
    const decode = loadProblem({ ...label, role: 'source' }, A, 'Decoding audio data failed.');
    expect(decode.message).toMatch(/positional sound .* damaged .* export it again/);
    const fmt = formatProblem({ role: 'narration', name: 'voice.webm', sceneId: 's', itemId: 'en' }, A, parseFormat('audio/webm;codecs=opus')!);
    expect(fmt.message).toMatch(/The narration "voice.webm" \(en\) in scene "s" is WebM\/Opus/);
    expect(fmt.message).toMatch(/Safari/);
  });
});
