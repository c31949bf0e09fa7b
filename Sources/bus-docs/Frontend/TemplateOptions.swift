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
        return try TemplateSet.load(overrides: templates)
    }
}
