import type { coi as es } from '../es/coi';
import type { Widen } from '../widen';

export const coi: Widen<typeof es> = {};
