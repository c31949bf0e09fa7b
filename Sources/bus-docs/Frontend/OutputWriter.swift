import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

/// What commands check before they write: never over a source, never into a missing or an input folder.
enum OutputWriter {
    /// `-o` into a folder that does not exist is refused: a typo should not make folders. A file where
    /// the folder should be is said to be one.
    static func refuseMissingFolder(_ path: String) throws {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        var isFolder: ObjCBool = false
        guard !folder.isEmpty else { return }
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            throw CLIError.outputFolderMissing(output: path, folder: folder)
        }
        if !isFolder.boolValue {
            let name = (path as NSString).lastPathComponent, parent = (folder as NSString).deletingLastPathComponent
            throw CLIError.outputFolderIsAFile(output: path, file: folder, suggestion: parent.isEmpty ? name : parent + "/" + name)
        }
    }

    /// `-o out/`, a folder, where a document's file is wanted: the file to name in it is suggested.
    static func refuseFolder(_ path: String, suggesting name: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return }
        throw CLIError.outputIsAFolder(output: path, suggestion: (path.hasSuffix("/") ? path : path + "/") + name)
    }

    /// An output file that is one of the sources is refused: bus-docs never writes over what it reads.
    /// Nor over any other agreement (a file whose front matter has `bus-docs:`), which `-o Agreements/r<Tab>`
    /// would otherwise replace without a word; `import --force` replaces a draft on purpose.
    static func refuseSource(_ output: String, _ sources: [String], as role: LocalizedText, protectingAgreements: Bool = true) throws {
        // Compared where links lead: `-o` through a link is written to the file the link names.
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        if sources.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path == target }) {
            throw CLIError.wouldOverwriteSource(output: output, role: role)
        }
        if protectingAgreements, isAgreement(output) {
            throw CLIError.wouldOverwriteSource(output: output, role: LocalizedText(sv: "en överenskommelse — välj ett annat namn",
                                                                                    en: "an agreement — choose another name"))
        }
    }

    /// Whether a file is an agreement: its first line `---` and a `bus-docs:` key before the closing one.
    static func isAgreement(_ path: String) -> Bool {
        // Only a regular file is read: opening a pipe or a terminal (`-o /dev/stdout`) to read would wait forever.
        guard isRegularFile(path), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 64 * 1024) else { return false }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r \t\u{FEFF}")) }[...]
        guard lines.popFirst() == "---" else { return false }
        for line in lines {
            if line == "---" || line == "..." { return false }
            if line.hasPrefix("bus-docs:") { return true }
        }
        return false
    }

    /// Whether `path` is, or links to, a regular file (not a folder, a pipe or a terminal).
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// A protocol, form or agreement already at `-o` is kept unless `--force`: it may have been filled in
    /// at a meeting or signed, and the next run with the same `-o` would lose it without a word.
    /// A follow-up (`report`, `reportShownAs` how its command line named the file) is kept the same way:
    /// a chair may have added the steering group's comments to it.
    static func refuseExistingDocument(_ output: String, replacing: Bool, reportShownAs: String? = nil) throws {
        guard !replacing, isRegularFile(output) else { return }
        let free = CLIError.freeName(beside: output)
        if let reportShownAs { throw CLIError.reportExists(shown: reportShownAs, free: free) }
        throw CLIError.documentExists(output: output, free: free)
    }

    /// Refuses an output folder that is an input folder or holds one: bus-docs never writes among sources.
    static func checkOutputFolder(_ out: String, inputs: [String]) throws {
        let output = URL(fileURLWithPath: out).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory)
            let url = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            let folder = (isDirectory.boolValue ? url : url.deletingLastPathComponent()).path
            if folder == output || folder.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
                throw CLIError.outputContainsInput(out: out, input: input)
            }
        }
    }
}

/// A command with `-o`: `-o -` is standard output, as Unix tools write it, the same as no `-o` at all.
protocol WritesToOutputOption: ParsableArguments {
    var output: String? { get set }
}

extension WritesToOutputOption {
    mutating func validate() throws {
        if output == "-" { output = nil }
    }
}
