#if canImport(Glibc)
import Glibc
#endif

/// The few file-system calls reading agreements needs, as values, so tests can put an unreadable folder
/// or a link loop anywhere (tests run as root, whom permissions do not stop).
public struct FileSystem: Sendable {
    /// What a path is, following symbolic links.
    public struct Status: Equatable, Sendable {
        public var isFolder: Bool
        public var isRegularFile: Bool
        /// Device and inode: the identity of a file however many names lead to it.
        public var identity: Identity

        public init(isFolder: Bool, isRegularFile: Bool, identity: Identity) {
            self.isFolder = isFolder
            self.isRegularFile = isRegularFile
            self.identity = identity
        }
    }

    public struct Identity: Hashable, Sendable {
        public var device: UInt64
        public var inode: UInt64

        public init(device: UInt64, inode: UInt64) {
            self.device = device
            self.inode = inode
        }
    }

    /// A file's bytes, or its size when it is over the limit (it is then not read).
    public enum Contents: Equatable, Sendable {
        case bytes([UInt8])
        case tooLarge(size: Int)
    }

    /// stat(2): throws `SystemError`.
    public var status: @Sendable (String) throws -> Status
    /// The names in a folder, without `.` and `..`: throws `SystemError`.
    public var list: @Sendable (String) throws -> [String]
    /// A file's contents up to `limit` bytes: throws `SystemError`.
    public var read: @Sendable (_ path: String, _ limit: Int) throws -> Contents
    /// A file's first bytes, at most `count` (what it starts with): throws `SystemError`.
    public var head: @Sendable (_ path: String, _ count: Int) throws -> [UInt8]

    /// `head` defaults to the first bytes of what `read` gives.
    public init(status: @escaping @Sendable (String) throws -> Status, list: @escaping @Sendable (String) throws -> [String],
                read: @escaping @Sendable (String, Int) throws -> Contents, head: (@Sendable (String, Int) throws -> [UInt8])? = nil) {
        self.status = status
        self.list = list
        self.read = read
        self.head = head ?? { path, count in
            guard case .bytes(let bytes) = try read(path, Int.max) else { return [] }
            return Array(bytes.prefix(count))
        }
    }

    /// The real file system.
    public static let system = FileSystem(status: systemStatus, list: systemList, read: systemRead, head: systemHead)

    private static func systemHead(_ path: String, count: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError(errno) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, count - filled) }
            if read < 0 {
                if errno == EINTR { continue }
                throw SystemError(errno)
            }
            if read == 0 { break }
            filled += read
        }
        return Array(bytes[..<filled])
    }

    private static func systemStatus(_ path: String) throws -> Status {
        var info = stat()
        guard stat(path, &info) == 0 else { throw SystemError(errno) }
        let kind = info.st_mode & S_IFMT
        return Status(isFolder: kind == S_IFDIR, isRegularFile: kind == S_IFREG,
                      identity: Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }

    private static func systemList(_ path: String) throws -> [String] {
        guard let folder = opendir(path) else { throw SystemError(errno) }
        defer { closedir(folder) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw SystemError(errno) }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    private static func systemRead(_ path: String, limit: Int) throws -> Contents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError(errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SystemError(errno) }
        if Int(info.st_size) > limit { return .tooLarge(size: Int(info.st_size)) }
        // Read straight into the array, with room for the size `fstat` gives and one byte more: a file that
        // is still that size is read in one call, with no buffer cleared and copied per file.
        var problem: Int32 = 0, atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size) + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0 {
                    if errno == EINTR { continue }
                    problem = errno
                    return
                }
                if read == 0 { atEnd = true; return }
                count += read
            }
        }
        if problem != 0 { throw SystemError(problem) }
        if bytes.count > limit { return .tooLarge(size: bytes.count) }
        if atEnd { return .bytes(bytes) }
        // The file grew while it was read: the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError(errno)
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            // A file that grew past the limit while it was read is refused like one that was too large.
            if bytes.count > limit { return .tooLarge(size: bytes.count) }
        }
        return .bytes(bytes)
    }
}
