import Foundation

/// The folder findings are reported relative to for code scanning: the repository's root (git's top
/// level, or `--base DIR`), so an upload points at the repository's own files wherever the check ran.
public struct SourceRoot: Sendable, Equatable {
    /// Absolute, without a trailing slash.
    public var path: String
    /// The folder relative paths in the report were given from.
    public var workingDirectory: String

    public init(path: String, workingDirectory: String) {
        self.workingDirectory = Self.absolute(workingDirectory, from: "/")
        self.path = Self.absolute(path, from: self.workingDirectory)
    }

    /// The working directory itself, when there is no repository.
    public static var current: SourceRoot {
        let folder = FileManager.default.currentDirectoryPath
        return SourceRoot(path: folder, workingDirectory: folder)
    }

    /// The root as a `file:` URI ending in a slash, for SARIF's `originalUriBaseIds`.
    public var uri: String { "file://" + Self.encode(path == "/" ? "/" : path + "/") }

    /// A report's path relative to the root, or nil when the file is outside it.
    public func relative(_ reportPath: String) -> String? {
        let file = Self.absolute(reportPath, from: workingDirectory)
        let prefix = path == "/" ? "/" : path + "/"
        guard file.hasPrefix(prefix) else { return nil }
        return String(file.dropFirst(prefix.count))
    }

    /// `a/./b/../c` from `folder`, as one absolute path with symbolic links in its folders resolved, so a
    /// path through a link compares with git's resolved top level.
    static func absolute(_ path: String, from folder: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: folder).appendingPathComponent(path)
        let standard = url.standardizedFileURL
        let parent = standard.deletingLastPathComponent().resolvingSymlinksInPath().path
        let name = standard.lastPathComponent
        if name.isEmpty || name == "/" { return standard.resolvingSymlinksInPath().path }
        return parent == "/" ? "/" + name : parent + "/" + name
    }

    /// A path as a URI reference: what a path may not hold percent-encoded, the slashes kept.
    public static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}

/// What code scanning and GitLab need of each finding beyond the report: where it is relative to the
/// root, where its line ends, and a fingerprint that stays the same when lines above it move.
struct ScannedFinding {
    var diagnostic: Diagnostic
    /// Relative to the root, or the path as given when the file is outside it.
    var path: String
    var insideRoot: Bool
    /// The source line the finding points at, without its line break ("" when not kept).
    var lineText: Substring
    /// Rule, file, message and the line's text, hashed; `:n` tells apart identical findings in one file.
    var fingerprint: String

    /// The kept lines of the finding's file, for its notes.
    var file: CheckReport.File

    /// Every finding of a report, in report order.
    static func all(in report: CheckReport, root: SourceRoot) -> [ScannedFinding] {
        var seen: [String: Int] = [:]
        return report.files.flatMap { file in
            let relative = root.relative(file.path)
            return file.diagnostics.map { diagnostic in
                let path = relative ?? file.path
                var lineText = file.line(diagnostic.location.line)
                if lineText.hasSuffix("\r") { lineText = lineText.dropLast() }
                let content = lineText.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
                let key = Fingerprint.hex([diagnostic.ruleID, path, diagnostic.message.en, content].joined(separator: "\u{1F}"))
                let occurrence = seen[key, default: 0] + 1
                seen[key] = occurrence
                return ScannedFinding(diagnostic: diagnostic, path: path, insideRoot: relative != nil, lineText: lineText,
                                      fingerprint: "\(key):\(occurrence)", file: file)
            }
        }
    }

    /// The finding's start and end columns in UTF-16 code units (SARIF's `utf16CodeUnits`), 1-based: from
    /// its column to the end of its line. A column past the line's end (a line not kept) stays as it is.
    var utf16Columns: (start: Int, end: Int) {
        Self.utf16Columns(from: diagnostic.location.column, line: diagnostic.location.line, in: file)
    }

    /// The same for any column of any kept line: a note's. The file's columns, also on a line that
    /// withholds a value.
    static func utf16Columns(from column: Int, line: Int, in file: CheckReport.File) -> (start: Int, end: Int) {
        let widths = file.utf16Widths(line: line)
        guard column >= 1, column - 1 <= widths.count else { return (column, column) }
        let before = widths.prefix(column - 1).reduce(0, +)
        let whole = widths.reduce(0, +)
        return (before + 1, max(whole + 1, before + 1))
    }
}

/// FNV-1a, 64 bits, twice with two offsets: a stable 128-bit hex digest of a string, for fingerprints
/// (not for security).
enum Fingerprint {
    static func hex(_ text: String) -> String {
        func fnv(_ basis: UInt64) -> UInt64 {
            var hash = basis
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
            return hash
        }
        let high = fnv(0xcbf29ce484222325), low = fnv(0x84222325cbf29ce4)
        return String(format: "%016llx%016llx", high, low)
    }
}
