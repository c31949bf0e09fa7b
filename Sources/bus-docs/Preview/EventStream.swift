import Foundation
import Synchronization

/// Server-sent events for the open pages: every rebuild is `event: reload` on each open
/// `/_bus-docs/events` stream.
final class ReloadEvents: Sendable {
    private let listeners = Mutex<[UUID: AsyncStream<String>.Continuation]>([:])

    /// A new listener's stream of events; it ends when the client goes away.
    func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        listeners.withLock { $0[id] = continuation }
        // A comment first, so the browser knows the stream is open, and how soon to reconnect.
        continuation.yield("retry: 500\n: bus-docs\n\n")
        return stream
    }

    func reload(generation: Int) {
        let event = "event: reload\ndata: \(generation)\n\n"
        for listener in listeners.withLock({ Array($0.values) }) { listener.yield(event) }
    }

    private func remove(_ id: UUID) {
        _ = listeners.withLock { $0.removeValue(forKey: id) }
    }
}
