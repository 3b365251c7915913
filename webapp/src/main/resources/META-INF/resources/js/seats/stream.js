// Live seat changes from the gateway's Server-Sent Events (docs/api.md, seat events). The stream opens before the
// seat map is read, so that nothing changed between the snapshot and the stream is lost: events wait in a queue
// until the page attaches its handler.

/**
 * Opens the stream for a showtime. status(text) hears 'connected' / 'reconnecting'. Returns
 * { attach(handler), close() }; attach replays what arrived before it.
 */
export function openSeatStream(showtimeId, status = () => {}) {
  const queued = [];
  let handler = null;
  const deliver = (event) => (handler ? handler(event) : queued.push(event));
  let source = null;
  if (typeof EventSource !== 'undefined') {
    source = new EventSource(`/api/showtimes/${encodeURIComponent(showtimeId)}/seat-events`);
    source.addEventListener('open', () => status('connected'));
    source.addEventListener('error', () => status('reconnecting'));
    source.addEventListener('seat', (message) => {
      try {
        deliver(JSON.parse(message.data));
      } catch {
        // a malformed event is skipped; the next snapshot corrects the map
      }
    });
  }
  return {
    attach(fn) {
      handler = fn;
      queued.splice(0).forEach(fn);
    },
    close() {
      source?.close();
    },
  };
}
