import Foundation
import PaddockCLI
import PaddockCore
import PaddockGateway
import PaddockRuntime
import PaddockSupervisor
import PaddockWorkspace

let hooks = CLIHooks(
    transportFactory: HTTPGatewayTransportFactory(),
    gatewayStart: { options in
        if options.foreground {
            return GatewayDaemon(stateDirectory: options.stateDirectory, listen: options.listen).run()
        }
        return try GatewayControl.startInBackground(stateDirectory: options.stateDirectory, listen: options.listen)
    },
    gatewayStop: { options in try GatewayControl.stop(stateDirectory: options.stateDirectory) },
    gatewayStatus: { options in GatewayControl.status(stateDirectory: options.stateDirectory, gatewayURL: options.gatewayURL) },
    doctor: { format in
        let report = Preflight.run()
        switch format {
        case .json: print((try? report.renderJSON()) ?? "{}")
        case .table: print(report.renderTable())
        }
        return report.isolationReady ? 0 : 1
    },
    internalRoles: [
        SupervisorCommand.roleName: { SupervisorCommand.run(arguments: $0) },
        FileTransferCommand.roleName: { FileTransferCommand.run(arguments: $0) },
        WorkspaceCommand.roleName: { WorkspaceCommand.run(arguments: $0) },
    ])

exit(PaddockCommandLine.main(arguments: CommandLine.arguments, hooks: hooks))
