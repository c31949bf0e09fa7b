import Foundation
import ArgumentParser

struct Deviation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deviation",
        abstract: "Write the deviation form (avvikelseblankett) for an agreement.")

    @OptionGroup var options: OneAgreementDocument<DeviationFormDocument>

    func run() throws {
        try options.write(.deviationForm) { document, userTemplates in
            if let own = document.ownDocument(named: document.agreement.deviations?.form?.value, userTemplates: userTemplates) {
                throw SingleDocument.refusal(own, agreement: options.agreement, isForm: true)
            }
            // Deviations are reported by the routine of an agreement in force (`today` is always set here).
            if let today = document.today { Protocol.warnIfNotInForce(document.agreement, meeting: nil, today: today) }
            return .deviationForm(document)
        }
    }
}
