/**
 * Build-time only (imported by ScenarioBlock.astro): resizes the speakers' portraits, which
 * the remark plugin imported from the module file (see portrait-imports.ts), to small WebP
 * files. SVG portraits are used as they are.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import type { PortraitImages } from './prepare-scenario';

/** Portraits are shown 3rem wide; about twice that stays sharp on high-density phone screens. */
const PORTRAIT_WIDTH = 112;

/** Builds each imported portrait, by speaker id. */
export async function loadPortraits(
	imported: Readonly<Record<string, ImageMetadata>> = {}
): Promise<PortraitImages> {
	const images: PortraitImages = {};
	for (const [speaker, image] of Object.entries(imported)) {
		// `clone` reads the metadata without marking the original file as used, so the build
		// can drop the full-size original once the small copy exists.
		const meta = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
		if (meta.format === 'svg') {
			images[speaker] = { src: meta.src, width: meta.width, height: meta.height };
			continue;
		}
		const built = await getImage({ src: image, width: Math.min(PORTRAIT_WIDTH, meta.width), format: 'webp' });
		images[speaker] = {
			src: built.src,
			width: Number(built.attributes.width ?? meta.width),
			height: Number(built.attributes.height ?? meta.height),
		};
	}
	return images;
}
