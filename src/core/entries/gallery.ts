/** The presets gallery (real MMDetection configs' runtime parts), loaded when it opens. */
export * from '../gallery/gallery.ts';
