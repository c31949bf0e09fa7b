import Foundation

/// Server-sent events for the open pages: every rebuild is `event: reload` on each open
/// `/_bus-docs/events` stream.
final class ReloadEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]

    /// A new listener's stream of events; it ends when the client goes away.
    func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        lock.withLock { listeners[id] = continuation }
        // A comment first, so the browser knows the stream is open, and how soon to reconnect.
        continuation.yield("retry: 500\n: bus-docs\n\n")
        return stream
    }

    func reload(generation: Int) {
        let event = "event: reload\ndata: \(generation)\n\n"
        for listener in lock.withLock({ Array(listeners.values) }) { listener.yield(event) }
    }

    private func remove(_ id: UUID) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }
}
