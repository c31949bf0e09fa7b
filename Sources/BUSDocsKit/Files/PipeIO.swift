import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading and writing the pipes of a child process. Foundation's `readDataToEndOfFile`, `availableData`
/// and `write(_:)` trap when a signal interrupts their system call (EINTR) — as the end of another child
/// process running at the same time can — so these retry instead.
public enum PipeIO {
    /// Everything written into each of `handles` until all its writers have closed it, read side by side:
    /// a child that fills one pipe while only the other is being read would otherwise wait forever.
    public static func readToEnd(_ handles: FileHandle...) -> [Data] {
        var results = [[UInt8]](repeating: [], count: handles.count)
        var open = [Bool](repeating: true, count: handles.count)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var watched = handles.map { pollfd(fd: $0.fileDescriptor, events: Int16(POLLIN), revents: 0) }
        while open.contains(true) {
            // A negative descriptor is one `poll` passes over: a pipe already at its end.
            for index in watched.indices { watched[index].fd = open[index] ? handles[index].fileDescriptor : -1 }
            if poll(&watched, nfds_t(watched.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for index in watched.indices where open[index] && watched[index].revents != 0 {
                switch read(handles[index].fileDescriptor, into: &buffer) {
                case .bytes(let count): results[index] += buffer[0..<count]
                case .again: continue
                case .end: open[index] = false
                }
            }
        }
        return results.map { Data($0) }
    }

    /// What is in the pipe now, waiting until there is something; empty at the pipe's end or on an error.
    public static func readSome(_ handle: FileHandle) -> Data {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            switch read(handle.fileDescriptor, into: &buffer) {
            case .bytes(let count): return Data(buffer[0..<count])
            case .again: continue
            case .end: return Data()
            }
        }
    }

    /// Writes all of `data` into the pipe; false when the reader has gone or the write failed.
    @discardableResult
    public static func write(_ data: Data, to handle: FileHandle) -> Bool {
        let bytes = [UInt8](data)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Glibc.write(handle.fileDescriptor, raw.baseAddress! + written, raw.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    private enum ReadResult {
        case bytes(Int)
        /// Interrupted, or nothing yet: read again.
        case again
        /// The pipe's end, or an error that ends it.
        case end
    }

    private static func read(_ descriptor: Int32, into buffer: inout [UInt8]) -> ReadResult {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 { return .bytes(count) }
        if count < 0, errno == EINTR || errno == EAGAIN { return .again }
        return .end
    }
}
