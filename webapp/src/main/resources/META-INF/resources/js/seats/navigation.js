// Keyboard movement over the seat grid (the ARIA grid pattern), as a pure function of the model's rows so that
// node --test can walk it: arrows move, Home/End go to the row's ends, Ctrl+Home/End to the first and last seat.

export const MOVE_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** The seat a key press moves to from seat, or undefined (off the grid, or not a movement key). */
export function neighbour(model, seat, key, ctrlKey = false) {
  if (ctrlKey && key === 'Home') return model.ordered[0];
  if (ctrlKey && key === 'End') return model.ordered[model.ordered.length - 1];
  const row = model.rows.get(seat.y);
  const index = row.indexOf(seat);
  switch (key) {
    case 'ArrowRight': return row[index + 1];
    case 'ArrowLeft': return row[index - 1];
    case 'Home': return row[0];
    case 'End': return row[row.length - 1];
    case 'ArrowUp':
    case 'ArrowDown': {
      const target = model.rows.get(model.rowYs[model.rowYs.indexOf(seat.y) + (key === 'ArrowDown' ? 1 : -1)]);
      if (!target) return undefined;
      // the seat of the next row nearest in position (rows may be shorter or have aisles)
      return target.reduce((best, s) => (Math.abs(s.x - seat.x) < Math.abs(best.x - seat.x) ? s : best), target[0]);
    }
    default: return undefined;
  }
}

/** The seat that starts in the tab order: the first free one, else the first. */
export function initialSeat(model) {
  return model.ordered.find((s) => s.status === 'AVAILABLE') ?? model.ordered[0];
}
