import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

/// `bus-docs templates`: the built-in templates, stylesheet and their README copied into a folder, to
/// change and pass with `--templates`. A file already there is kept, never written over.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Copy the built-in templates, the stylesheet and their README (every variable) into a folder to change for --templates.")

    @Option(name: [.customShort("o"), .customLong("out")], help: ArgumentHelp("The folder to write into (made when missing).", valueName: "dir"))
    var out: String = "mallar"

    func run() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            throw CLIError.noSuchFolder(option: "--out", path: out)
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var written = 0
        for file in TemplateSet.builtInFiles {
            let path = (out as NSString).appendingPathComponent(file.name)
            if FileManager.default.fileExists(atPath: path) {
                RunLanguage.note(sv: "bus-docs: \(path) finns redan och lämnas som den är", en: "bus-docs: \(path) exists and is kept as it is")
                continue
            }
            try FileWriter.create(file.bytes, at: path)
            written += 1
        }
        RunLanguage.note(sv: "bus-docs: \(written) filer skrivna till \(out)/ — ändra dem och ange mappen med --templates \(out); behåll bara de filer du ändrar",
                         en: "bus-docs: \(written) files written to \(out)/ — change them and pass the folder with --templates \(out); keep only the files you change")
    }
}
