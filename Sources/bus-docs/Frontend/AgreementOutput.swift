import BUSDocsKit
import Foundation

/// Where `-o` writes an agreement (`new`, `import`): an agreement is a `.md` file, since check, build and
/// serve read no other. A folder gets a file named for what is written in it (`-o Agreements/` →
/// *Agreements/ekero.md*; the documented `Agreements/` is made when it is missing, another missing folder is
/// refused); a name without an extension gets `.md`, said on standard error; another extension is refused.
enum AgreementOutput {
    /// The folder check, build and serve read when given no path.
    static let agreementsFolder = "Agreements"

    /// `-o ekero.txt`, `-o ekero.docx`: refused before anything is read or asked, with the `.md` name to write.
    static func refuseNotMarkdown(_ output: String) throws {
        if !isFolder(output), !(output as NSString).pathExtension.isEmpty, !output.lowercased().hasSuffix(".md") {
            throw CLIError.agreementNotMarkdown(output: output, meant: ((output as NSString).deletingPathExtension as String) + ".md")
        }
    }

    /// The file `-o output` names, and the folder to make for it (nil when there is none to make):
    /// `fileName` inside a folder, `output.md` for a name without an extension (said), `output` itself
    /// otherwise. `refuseExisting` is asked about a file named so (a folder's file, the `.md` added) that exists.
    static func target(_ output: String, fileName: String, refuseExisting: (String) throws -> Void) throws -> (path: String, newFolder: String?) {
        // `-o Agreements/`, or `-o Agreements` where there is no such folder yet: the folder, never "Agreements/.md".
        let folderNamed = output.hasSuffix("/") || isAgreementsFolder(output)
        if folderNamed, !isFolder(output) {
            let folder = trimmingSlashes(output)
            guard isAgreementsFolder(folder), !exists(folder) else {
                throw CLIError.outputFolderToCreate(output: output, folder: folder)
            }
            return ((folder as NSString).appendingPathComponent(fileName), folder)
        }
        guard isFolder(output) else {
            guard (output as NSString).pathExtension.isEmpty else { return (output, nil) }
            // No extension: the .md that check, build and serve look for, said.
            let named = output + ".md"
            if exists(named) { try refuseExisting(named) }
            RunLanguage.note(sv: "En överenskommelse är en .md-fil: skriver \(named).", en: "An agreement is a .md file: writing \(named).")
            return (named, nil)
        }
        let inside = (output as NSString).appendingPathComponent(fileName)
        if exists(inside) { try refuseExisting(inside) }
        return (inside, nil)
    }

    /// Makes the documented folder `target` named, and says so: check, build and serve find the agreement there.
    static func makeFolder(_ folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        RunLanguage.note(sv: "Skapade mappen \(folder)/, där check, build och serve letar efter överenskommelser.",
                         en: "Created the folder \(folder)/, where check, build and serve look for agreements.")
    }

    /// `Agreements`, `./Agreements/`: the folder check, build and serve read by default, here.
    static func isAgreementsFolder(_ path: String) -> Bool {
        var name = trimmingSlashes(path)
        if name.hasPrefix("./") { name = String(name.dropFirst(2)) }
        return name == agreementsFolder
    }

    static func trimmingSlashes(_ path: String) -> String {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
