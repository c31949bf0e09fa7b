import ArgumentParser

struct Deviation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deviation",
        abstract: "Write the deviation form (avvikelseblankett) for an agreement.")

    @OptionGroup var options: OneAgreementDocument<DeviationFormDocument>

    func run() throws {
        try options.write(.deviationForm, OutputDocument.deviationForm)
    }
}
