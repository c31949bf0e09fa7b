import Dispatch

extension Array where Element: Sendable {
    /// `map` over every core: agreements are independent, so reading, parsing and checking them spreads
    /// over the machine. Results keep the input order, so output stays deterministic.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        let slots = Slots<T>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, Result { try transform(elements[index]) })
        }
        return try slots.collect().map { try $0.get() }
    }
}

extension Array {
    /// The array in consecutive pieces of at most `size` elements: work on thousands of files goes piece
    /// by piece, so what is held at once stays the same however many files there are.
    func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

/// One slot per result, allocated up front; each slot is written by exactly one iteration, so no two
/// threads touch the same memory and the buffer itself never moves.
private final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result<T, Error>?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: Result<T, Error>) {
        buffer[index] = value
    }

    func collect() -> [Result<T, Error>] {
        buffer.map { $0! }
    }
}
