import Foundation
import MotCuaApp

exit(await MotCuaMain.run())
