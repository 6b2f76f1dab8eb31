import Foundation
import MotCuaApp

// Async code runs on the server's event loops instead of a second thread pool (no hop per await).
MotCuaMain.runAsyncCodeOnEventLoops()
exit(await MotCuaMain.run())
