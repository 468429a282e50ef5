/**
 * At most this many sets (storage cannot grow for ever); which may go to make room: vault.ts,
 * `droppable`. Apart from the vault so that the panel can say the number without its storage.
 */
export const MAX_SETS = 100;
