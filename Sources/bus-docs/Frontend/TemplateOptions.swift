import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

/// `--templates DIR`, shared by the commands that render.
struct TemplateOptions: ParsableArguments {
    @Option(help: "A folder of templates that replace the built-in ones file by file.")
    var templates: String?

    func load() throws -> TemplateSet {
        try Self.load(templates)
    }

    /// The built-in templates with a folder's in their place and beside them.
    static func load(_ templates: String?) throws -> TemplateSet {
        if let templates {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError.noSuchFolder(option: "--templates", path: templates)
            }
        }
        let set = try TemplateSet.load(overrides: templates)
        // A misspelt file name would leave the built-in template in use without a word.
        for (file, meant) in set.nearMisses {
            RunLanguage.note(sv: "bus-docs: varning: \(file) ersätter ingen inbyggd mall och används bara där en överenskommelse anger den — menade du \(meant)?",
                             en: "bus-docs: warning: \(file) replaces no built-in template and is used only where an agreement names it — did you mean \(meant)?")
        }
        return set
    }
}
