import FlyingFox
import FlyingSocks
import Foundation

/// Server-sent events for the open pages: every rebuild is `event: reload` on each open
/// `/_bus-docs/events` stream, sent chunked by FlyingFox as it happens.
final class ReloadEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]

    /// A new listener's stream of bytes; it ends when the client goes away.
    func subscribe() -> EventBytes {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        lock.withLock { listeners[id] = continuation }
        // A comment first, so the browser knows the stream is open, and how soon to reconnect.
        continuation.yield(Array("retry: 500\n: bus-docs\n\n".utf8))
        return EventBytes(stream: stream)
    }

    func reload(generation: Int) {
        let event = Array("event: reload\ndata: \(generation)\n\n".utf8)
        for listener in lock.withLock({ Array(listeners.values) }) { listener.yield(event) }
    }

    var count: Int { lock.withLock { listeners.count } }

    private func remove(_ id: UUID) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }
}

/// An `AsyncStream` of byte chunks as the buffered byte sequence FlyingFox streams a body from.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(chunks: stream.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var chunks: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty {
                guard let chunk = await chunks.next() else { return nil }
                pending = chunk[...]
            }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if pending.isEmpty {
                guard let chunk = await chunks.next() else { return nil }
                pending = chunk[...]
            }
            let buffer = pending.prefix(count)
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
