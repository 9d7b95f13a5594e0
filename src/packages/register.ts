/** Registers the .storyscape exporter with the export hook (imported by the library and the editor). */
import { setStoryExporter, hasStoryExporter } from '../storage/export-hook.ts';
import { exportStoryPackage } from './exporter.ts';

if (!hasStoryExporter()) setStoryExporter(exportStoryPackage);
