import Foundation
import BUSDocsKit

/// A file as it was at a git revision, through git run in the file's folder.
enum GitRevision {
    /// The file's bytes at `revision`, or nil when the revision has no such file (an agreement added
    /// since). A revision that does not exist, or a folder outside git, is an error.
    static func contents(of file: String, at revision: String) throws -> [UInt8]? {
        guard !revision.hasPrefix("-") else { throw CLIError.notARevision(revision) }
        let url = URL(fileURLWithPath: file)
        let folder = url.deletingLastPathComponent(), path = "./" + url.lastPathComponent
        let listed = try git(["ls-tree", "--name-only", revision, "--", path], in: folder, file: file, revision: revision)
        if listed.isEmpty { return nil }
        return try git(["show", "\(revision):\(path)"], in: folder, file: file, revision: revision)
    }

    /// The top level of the git work tree `folder` is in, or nil outside git (or without git).
    static func topLevel(of folder: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "rev-parse", "--show-toplevel"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = PipeIO.readToEnd(out.fileHandleForReading)[0]
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
        return process.terminationStatus == 0 && !path.isEmpty ? path : nil
    }

    private static func git(_ arguments: [String], in folder: URL, file: String, revision: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw CLIError.gitMissing(error.localizedDescription)
        }
        let read = PipeIO.readToEnd(out.fileHandleForReading, err.fileHandleForReading)
        let data = read[0], problem = String(decoding: read[1], as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = problem.split(separator: "\n").first.map(String.init) ?? "git \(arguments[0]) failed"
            if reason.contains("not a git repository") { throw CLIError.notInGitRepository(file: file) }
            if reason.contains("Not a valid object name") || reason.contains("unknown revision") || reason.contains("bad revision") {
                throw CLIError.noSuchRevision(revision)
            }
            throw CLIError.gitFailed(file: file, revision: revision, reason: reason)
        }
        return [UInt8](data)
    }
}
