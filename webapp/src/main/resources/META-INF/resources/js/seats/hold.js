// Holding the selected seats, releasing them, and the hold's countdown: when it reaches zero the seat map is read
// again, so the customer sees the seats back on sale as the server has them, and hears it.
import { goSignIn } from '../ui.js';
import { HOLD_WARNING_MS, EXPIRY_RECHECK_MS, EXPIRY_RECHECKS } from '../config.js';
import * as api from './api.js';

const pendingKey = (showtimeId) => `cinema.pendingSeats.${showtimeId}`;

/** Seats picked before signing in, kept in this tab until the customer is back. */
export const pendingSeats = {
  save: (showtimeId, seatIds) => sessionStorage.setItem(pendingKey(showtimeId), JSON.stringify(seatIds)),
  take: (showtimeId) => JSON.parse(sessionStorage.getItem(pendingKey(showtimeId)) ?? '[]'),
  clear: (showtimeId) => sessionStorage.removeItem(pendingKey(showtimeId)),
};

/**
 * What the customer reads when a hold is refused: the server's own words where it states a rule (VALIDATION: the
 * seat limit or a bad seat; CONFLICT: the hold quota), otherwise the message for the error's code.
 */
export function refusalText(error) {
  if ((error.code === 'VALIDATION' || error.code === 'CONFLICT') && error.serverMessage) {
    return error.serverMessage;
  }
  return error.message;
}

/**
 * The seat a hold refused by the seat rules would have left on its own ("Seat F7 would be left on its own"), or
 * null for any other refusal.
 */
export function strandedSeat(error) {
  if (error.code !== 'VALIDATION') return null;
  const found = /Seat (\S+) would be left on its own/.exec(error.serverMessage ?? '');
  return found ? found[1] : null;
}

/** What the customer reads for a stranding refusal, with the seats one over when they would do. */
export function strandedText(label, suggestion) {
  const why = `Seat ${label} would be left on its own: we keep single seats from being stranded between taken seats, `
    + 'an aisle or a wall.';
  return suggestion
    ? `${why} Try moving your selection by one seat, to ${suggestion.labels.join(', ')}.`
    : `${why} Try moving your selection by one seat, or include ${label}.`;
}

/**
 * The hold actions of one seat page. view: { paintAll(), renderPanel(), tick() -> { ms, text },
 * notice(text, kind, action?: { label, run() }), clearNotice(), say(text) }. Returns { hold(button), release(button), resume(booking), holding(), givenBack(), stop() }.
 */
export function holdActions(model, showtimeId, view, { signedIn, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = {}) {
  let timer = null;
  let inFlight = false;
  let stopped = false;
  let checking = false;

  function begin(booking) {
    model.startHold(booking);
    view.clearNotice();
    view.paintAll();
    view.renderPanel();
    clearInterval(timer);
    timer = setInterval(() => {
      if (!model.hold) {
        clearInterval(timer);
        return;
      }
      const left = view.tick();
      if (left.ms <= 0) {
        clearInterval(timer);
        expired();
      } else if (left.ms <= HOLD_WARNING_MS && !model.hold.warned) {
        model.hold.warned = true;
        view.say('One minute left on your seat hold.');
      }
    }, 1000);
  }

  function ended(text, kind) {
    view.paintAll();
    view.renderPanel();
    view.notice(text, kind);
    view.say(text);
  }

  /** The countdown reached zero: the server has given the seats back; show its seat map. */
  async function expired() {
    const mine = model.endHold({ seatsFree: false });
    if (!mine) return;
    const text = 'Your hold has expired and your seats are back on sale. Pick seats again to continue.';
    let told = false;
    for (let attempt = 0; attempt < EXPIRY_RECHECKS && !stopped; attempt++) {
      const fresh = await api.seatMap(showtimeId).catch(() => null);
      if (fresh) {
        model.refresh(fresh.seats);
        if (!told) ended(text, 'warning');
        else view.paintAll();
        told = true;
        // a clock a moment ahead of the server's, or a seat someone else took since: ask again a few times
        if (!mine.some((id) => model.seat(id)?.status === 'HELD')) return;
      }
      await sleep(EXPIRY_RECHECK_MS);
    }
    if (!told && !stopped) {
      // the seat map could not be read: the hold is over all the same; live events correct the map
      ended(text, 'warning');
    }
  }

  async function hold(button) {
    if (!model.selected.length) return;
    if (!signedIn()) {
      pendingSeats.save(showtimeId, model.selected);
      goSignIn();
      return;
    }
    button.disabled = true;
    button.textContent = 'Holding…';
    inFlight = true;
    try {
      const booking = await api.holdSeats(showtimeId, model.selected);
      pendingSeats.clear(showtimeId);
      begin(booking);
      view.say(`Your seats are held until ${new Date(booking.holdExpiresAt).toLocaleTimeString('en-GB')}.`);
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED') {
        pendingSeats.save(showtimeId, model.selected);
        goSignIn();
        return;
      }
      const stranded = strandedSeat(error);
      if (stranded) {
        const suggestion = model.moveByOne(stranded);
        const text = strandedText(stranded, suggestion);
        view.notice(text, 'warning', suggestion && {
          label: `Move to ${suggestion.labels.join(', ')}`,
          run: () => {
            model.select(suggestion.seatIds);
            view.clearNotice();
            view.paintAll();
            view.renderPanel();
            view.say(`Selection moved to ${suggestion.labels.join(', ')}.`);
          },
        });
        view.say(text);
      } else {
        view.notice(refusalText(error), 'danger');
      }
      if (error.code === 'SEAT_UNAVAILABLE') {
        const fresh = await api.seatMap(showtimeId).catch(() => null);
        if (fresh) {
          for (const seat of model.refresh(fresh.seats).dropped) view.say(`Seat ${seat.label} was just taken by someone else.`);
          view.paintAll();
        }
      }
      view.renderPanel();
    } finally {
      inFlight = false;
    }
  }

  async function release(button) {
    button.disabled = true;
    try {
      await api.releaseHold(model.hold.booking.id);
      clearInterval(timer);
      model.endHold();
      ended('Your seats are released.', 'info');
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED') {
        goSignIn();
        return;
      }
      view.notice(error.message, 'danger');
      button.disabled = false;
    }
  }

  return {
    hold,
    release,
    /** A hold made earlier (found after a reload): its countdown runs again. */
    resume: begin,
    holding: () => inFlight,
    /**
     * Live events show every held seat AVAILABLE. They may be older than the hold: a waitlist offer frees the seats
     * and holds them for the customer in one transaction, and a page that picked the offer up first still hears the
     * seats come free. So the server is asked: the same booking still HELD keeps the hold (the seat map is read
     * again); otherwise, or when the server cannot say, the hold is over.
     */
    givenBack: async () => {
      const booking = model.hold?.booking;
      if (!booking || checking) return;
      checking = true;
      try {
        const running = await api.runningHold(showtimeId).catch(() => null);
        if (stopped || model.hold?.booking !== booking) return;
        if (running?.id === booking.id) {
          const fresh = await api.seatMap(showtimeId).catch(() => null);
          if (fresh) model.refresh(fresh.seats);
          view.paintAll();
          return;
        }
        clearInterval(timer);
        model.endHold();
        ended('Your hold has ended and the seats are back on sale.', 'warning');
      } finally {
        checking = false;
      }
    },
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
