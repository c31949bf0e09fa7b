import BUSDocsKit
import Foundation

/// Turns the paths on the command line into the agreement files to read.
enum AgreementFiles {
    /// Files as given; folders searched recursively for `*.md`, sorted, without following links.
    static func collect(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UsageFailure(message: "\(path): no such file or folder")
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let found = markdownFiles(under: path)
            if found.isEmpty {
                throw UsageFailure(message: "\(path): no agreements (*.md files) in this folder")
            }
            files += found
        }
        return files
    }

    private static func markdownFiles(under folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for case let url as URL in enumerator where url.pathExtension == "md" {
            // lstat: a regular file, not a link (links are not followed out of the folder).
            var status = stat()
            guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            if url.lastPathComponent == "README.md" { continue }
            let relative = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
            files.append(prefix + relative)
        }
        return files.sorted()
    }

    /// One file read and parsed; a file over the size limit is refused without loading it whole.
    static func parse(_ path: String) throws -> ParsedAgreement {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw UsageFailure(message: "\(path): cannot be read (no permission, or not a file)")
        }
        defer { try? handle.close() }
        var status = stat()
        let size = fstat(handle.fileDescriptor, &status) == 0 ? Int(status.st_size) : 0
        if size > SourceDecoder.maximumFileSize {
            return AgreementParser.tooLarge(path: path, size: size)
        }
        do {
            return AgreementParser.parse(bytes: [UInt8](try handle.readToEnd() ?? Data()), path: path)
        } catch {
            throw UsageFailure(message: "\(path): cannot be read: \(error.localizedDescription)")
        }
    }
}
