#if canImport(Glibc)
import Glibc
#endif

/// The one place bus-docs writes (and removes) files. `write` is a plain open-write-close (for files inside a staging
/// folder, which is made safe as a whole); `replace` writes beside the target and renames over it, so a
/// reader or an interrupted run never sees half a file; `create` does the same but never replaces a file.
public enum FileWriter {
    /// open, write, close: throws `SystemError`.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        try write(bytes, to: path, flags: O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, removingOnFailure: true)
    }

    private static func write(_ bytes: some Collection<UInt8>, to path: String, flags: Int32, removingOnFailure: Bool) throws {
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw SystemError(errno) }
        var failure: Int32 = 0
        let written: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            failure = writeAll(descriptor, UnsafeRawBufferPointer(buffer))
        }
        if written == nil {
            failure = Array(bytes).withUnsafeBytes { writeAll(descriptor, $0) }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            if removingOnFailure { unlink(path) }
            throw SystemError(failure)
        }
    }

    public static func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write($0, to: path) }
    }

    /// The file replaced in one step (temporary file + rename): throws `FileProblem`. A symbolic link is
    /// followed: the file it names is replaced and the link stays. A path that is not a regular file (a
    /// terminal, a pipe, `/dev/stdout`) is written as it is: renaming over it would put a file in the
    /// place of the device or the link.
    public static func replace(_ bytes: some Collection<UInt8>, at path: String) throws {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            guard status.st_mode & S_IFMT != S_IFDIR else { throw FileProblem.system(EISDIR, path: path, writing: true) }
            do {
                try write(bytes, to: path, flags: O_WRONLY | O_TRUNC | O_CLOEXEC, removingOnFailure: false)
            } catch let error as SystemError {
                throw FileProblem.system(error.code, path: path, writing: true)
            }
            return
        }
        let target = resolvingLinks(path)
        let temporary = temporaryName(for: target)
        do {
            try write(bytes, to: temporary)
            guard rename(temporary, target) == 0 else { throw SystemError(errno) }
        } catch let error as SystemError {
            unlink(temporary)
            throw FileProblem.system(error.code, path: path, writing: true)
        }
    }

    /// The path a chain of symbolic links ends at (also when the last one names a file not made yet);
    /// the path itself when it is no link. A chain longer than 32 links is left as it is, for the
    /// rename to fail on as the system does.
    static func resolvingLinks(_ path: String) -> String {
        var path = path
        for _ in 0..<32 {
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return path }
            var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = buffer.withUnsafeMutableBytes { readlink(path, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count - 1) }
            guard count > 0 else { return path }
            let target = String(decoding: buffer[..<count], as: UTF8.self)
            if target.hasPrefix("/") {
                path = target
            } else {
                let slash = path.lastIndex(of: "/")
                path = (slash.map { String(path[...$0]) } ?? "") + target
            }
        }
        return path
    }

    /// A file that must not exist yet, made in one step (temporary file + link, which fails rather than
    /// replace a file that appeared in the meantime): throws `FileProblem`.
    public static func create(_ bytes: some Collection<UInt8>, at path: String) throws {
        let temporary = temporaryName(for: path)
        defer { unlink(temporary) }
        do {
            try write(bytes, to: temporary)
            guard link(temporary, path) == 0 else { throw SystemError(errno) }
        } catch let error as SystemError {
            if error.code == EEXIST {
                throw FileProblem(path: path, reason: LocalizedText(sv: "finns redan; bus-docs skriver aldrig över den",
                                                                    en: "exists; bus-docs never writes over it"))
            }
            throw FileProblem.system(error.code, path: path, writing: true)
        }
    }

    /// A file, or a folder and everything in it, removed without following links (`rm -rf`). A plain
    /// readdir/unlink walk: Foundation's removeItem takes seconds for a site of a thousand agreements.
    public static func removeTree(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        for name in (try? FileSystem.system.list(path)) ?? [] { removeTree(path + "/" + name) }
        rmdir(path)
    }

    /// `.name.PID.tmp` beside the file: same folder, so the rename or link stays on one file system.
    static func temporaryName(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(folder).\(name).\(getpid()).tmp"
    }

    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return 0
    }
}
