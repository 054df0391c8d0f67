import type { quality as es } from '../es/quality';
import type { Widen } from '../widen';

export const quality: Widen<typeof es> = {};
