import BUSDocsKit
import Foundation
import Templates

/// What commands check before they write: never over a source, never into a missing or an input folder.
enum OutputWriter {
    /// `-o` into a folder that does not exist is refused: a typo should not make folders.
    static func refuseMissingFolder(_ path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw UsageFailure(sv: "-o \(path): mappen \(folder) finns inte; skapa den först eller välj en annan",
                               en: "-o \(path): the folder \(folder) does not exist; create it first or choose another")
        }
    }

    /// An output file that is one of the sources is refused: bus-docs never writes over what it reads.
    static func refuseSource(_ output: String, _ sources: [String], as role: LocalizedText) throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        if sources.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == target }) {
            throw UsageFailure(sv: "-o \(output): skriver inte över \(role.sv)", en: "-o \(output): will not overwrite \(role.en)")
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
                throw UsageFailure(sv: "--out \(out): utmappen får inte vara, eller innehålla, inmappen \(input)", en: "--out \(out): the output folder may not be, or contain, the input folder \(input)")
            }
        }
    }
}
