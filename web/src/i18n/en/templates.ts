import type { templates as es } from '../es/templates';
import type { Widen } from '../widen';

export const templates: Widen<typeof es> = {};
