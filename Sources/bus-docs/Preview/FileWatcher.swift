import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Calls back when a file under some paths changes: inotify on every folder under them (editors that
/// save by renaming included), or, where inotify is not available, a look at modification times three
/// times a second. Changes that come together are reported once.
final class FileWatcher: Sendable {
    private let paths: [String]
    private let onChange: @Sendable () -> Void

    init(paths: [String], onChange: @escaping @Sendable () -> Void) {
        self.paths = paths
        self.onChange = onChange
    }

    func start() {
        // Watches (or the first snapshot) are in place before start returns, so a change made right after
        // the server is up is never missed.
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        if descriptor >= 0 { addWatches(descriptor) }
        let first = descriptor >= 0 ? [:] : snapshot()
        let thread = Thread { [self] in
            if descriptor >= 0 { watch(descriptor) } else { poll(from: first) }
        }
        thread.name = "bus-docs file watcher"
        thread.start()
    }

    // MARK: inotify

    private static let events = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_CLOSE_WRITE | IN_ATTRIB)

    private func watch(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard Glibc.poll(&request, 1, -1) > 0 else { continue }
            var writes = OpenWrites()
            writes.note(buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }, in: buffer)
            // Let an editor finish its writes (a temporary file, a rename): wait until the changes pause,
            // 150 ms while a file is still open for writing, 20 ms once every file written is closed or
            // renamed into place (a finished save), so a save is shown at once.
            while true {
                var more = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard Glibc.poll(&more, 1, writes.pending ? 150 : 20) > 0 else { break }
                writes.note(buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }, in: buffer)
            }
            addWatches(descriptor) // folders made since
            onChange()
        }
    }

    /// The files being written, from inotify's events: a file written to is pending until it is closed;
    /// one renamed into place (an editor's atomic save) is finished.
    private struct OpenWrites {
        private var open: Set<[UInt8]> = []

        var pending: Bool { !open.isEmpty }

        /// Reads the events of one `read` (a `struct inotify_event` each: wd, mask, cookie, len, name).
        mutating func note(_ count: Int, in buffer: [UInt8]) {
            guard count > 0 else { return }
            let header = MemoryLayout<inotify_event>.size
            var offset = 0
            buffer.withUnsafeBytes { bytes in
                while offset + header <= count {
                    let wd = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = bytes[(offset + header)..<min(count, offset + header + length)]
                    let key = withUnsafeBytes(of: wd) { Array($0) } + nameBytes.prefix { $0 != 0 }
                    if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM) != 0 {
                        open.remove(key)
                    } else if mask & UInt32(IN_MODIFY | IN_CREATE) != 0 {
                        open.insert(key)
                    }
                    offset += header + length
                }
            }
        }
    }

    private func addWatches(_ descriptor: Int32) {
        for folder in folders() {
            _ = inotify_add_watch(descriptor, folder, Self.events)
        }
    }

    /// Every folder under the paths (a file's own folder for a file), without following links.
    private func folders() -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                result.append((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
                continue
            }
            result.append(path)
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if enumerator?.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                    result.append((path as NSString).appendingPathComponent(relative))
                }
            }
        }
        return result
    }

    // MARK: Polling

    private func poll(from first: [String: [Int]]) {
        var last = first
        while true {
            usleep(300_000)
            let now = snapshot()
            if now != last {
                last = now
                onChange()
            }
        }
    }

    /// Every file under the paths with its size and modification time.
    private func snapshot() -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for folder in folders() {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                var status = stat()
                let path = (folder as NSString).appendingPathComponent(name)
                if lstat(path, &status) == 0 {
                    result[path] = [Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
                }
            }
        }
        return result
    }
}
