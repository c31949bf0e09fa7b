import Foundation
import Templates

/// write, for a whole site: never over a file bus-docs did not make, and all or nothing.
///
/// Every file is first written beside its target as a temporary file; only when all are written are they
/// renamed into place, so a failed build (a full disk, an unwritable folder) leaves the previous site as it
/// was. A manifest in the output folder lists the files bus-docs made, which tells its own files — safe to
/// replace, or to remove when an agreement goes — from a user's.
enum SitePublisher {
    static let manifestName = ".bus-docs-manifest"

    static func publish(_ files: [OutputFile], to out: String) throws {
        let manager = FileManager.default
        let previous = ownFiles(in: out)
        for file in files {
            let target = path(file.path, in: out)
            if manager.fileExists(atPath: target), !previous.contains(file.path) {
                throw UsageFailure(message: "\(target): exists and was not made by bus-docs; move it away or choose another --out")
            }
        }
        let manifest = OutputFile(path: manifestName, contents: files.map(\.path).sorted().joined(separator: "\n") + "\n")
        var staged: [(temporary: String, target: String)] = []
        do {
            for file in files + [manifest] {
                let target = path(file.path, in: out)
                let temporary = (target as NSString).deletingLastPathComponent + "/.\((target as NSString).lastPathComponent).bus-docs-tmp"
                try makeFolder((target as NSString).deletingLastPathComponent)
                staged.append((temporary, target))
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: temporary))
            }
        } catch {
            for file in staged { try? manager.removeItem(atPath: file.temporary) }
            throw UsageFailure(message: "\(staged.last?.target ?? out): cannot be written (\(reason(error))); the previous files are unchanged")
        }
        for file in staged where rename(file.temporary, file.target) != 0 {
            throw UsageFailure(message: "\(file.target): cannot be written: \(String(cString: strerror(errno)))")
        }
        let current = Set(files.map(\.path))
        for stale in previous.subtracting(current) {
            try? manager.removeItem(atPath: path(stale, in: out))
        }
    }

    /// The files a previous build listed in its manifest; none when there is no manifest.
    static func ownFiles(in out: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path(manifestName, in: out)) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        // Only plain relative paths count: a manifest is never a way to reach outside the folder.
        return Set(lines.filter { !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") })
    }

    /// mkdir -p, failing with the system's error ("Not a directory") rather than Foundation's.
    static func makeFolder(_ path: String) throws {
        // A relative path ends in "" (the working folder), which exists.
        if path.isEmpty || path == "." || path == "/" { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw POSIXError(.ENOTDIR)
        }
        try makeFolder((path as NSString).deletingLastPathComponent)
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// The system's words for a file error ("Not a directory", "No space left on device").
    static func reason(_ error: Error) -> String {
        var current = error as NSError
        while let underlying = current.userInfo[NSUnderlyingErrorKey] as? NSError { current = underlying }
        if current.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(current.code))) }
        return current.localizedDescription
    }

    private static func path(_ relative: String, in out: String) -> String {
        (out as NSString).appendingPathComponent(relative)
    }
}
