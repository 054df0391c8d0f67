/** The agenda's URL (`?week=YYYY-MM-DD&view=room|interpreter&office=<id>`). */
export const agendaPath = '/agenda';
