import Foundation

/// write: every file goes to a temporary file in the same folder and is renamed into place, so a reader
/// (or an interrupted run) never sees half a file.
enum OutputWriter {
    static func write(_ contents: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try Data(contents.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw UsageFailure(message: "\(path): cannot be written: \(reason)")
            }
        } catch let failure as UsageFailure {
            throw failure
        } catch {
            throw UsageFailure(message: "\(path): cannot be written: \(error.localizedDescription)")
        }
    }

    /// A document to `-o FILE` (never over one of `sources`), or to standard output when there is no file.
    static func emit(_ document: String, to output: String?, refusing sources: [String], as role: String) throws {
        guard let output else {
            print(document, terminator: "")
            return
        }
        try refuseSource(output, sources, as: role)
        try write(document, to: output)
    }

    /// An output file that is one of the sources is refused: bus-docs never writes over what it reads.
    static func refuseSource(_ output: String, _ sources: [String], as role: String) throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        if sources.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == target }) {
            throw UsageFailure(message: "-o \(output): will not overwrite \(role)")
        }
    }

    /// Writes a file that must not exist yet: the temporary file is linked to its name, which fails rather
    /// than replace a file that appeared in the meantime.
    static func writeNew(_ contents: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(contents.utf8).write(to: temporary)
        } catch {
            throw UsageFailure(message: "\(path): cannot be written: \(SitePublisher.reason(error))")
        }
        defer { unlink(temporary.path) }
        if link(temporary.path, url.path) != 0 {
            let reason = errno == EEXIST ? "exists; bus-docs new never overwrites a file" : "cannot be written: " + String(cString: strerror(errno))
            throw UsageFailure(message: "\(path): \(reason)")
        }
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
                throw UsageFailure(message: "--out \(out): the output folder may not be, or contain, the input folder \(input)")
            }
        }
    }
}
