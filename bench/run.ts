// `npm run bench`: figures for speed and size, printed, never asserted. Each section is
// its own module so later issues add theirs here. `npm run bench -- planner` (or any section
// names) runs only those.
import { runScheduleBench } from './schedule.bench'
import { runDocumentSizeBench } from './documentSize.bench'
import { runCircleBench } from './circle.bench'
import { runSyncBench } from './sync.bench'
import { runPlannerBench } from './planner.bench'
import { runCarriedBench } from './carried.bench'
import { runBundleBench } from './bundle.bench'
import { runLaunchBench } from './launch.bench'
import { runLighthouseBench } from './lighthouse.bench'
import { runCoordinatorsBench } from './coordinators.bench'
import { runSafetyWordsBench } from './safetyWords.bench'

const sections: Array<[string, () => Promise<void>]> = [
  ['bundle', runBundleBench], ['launch', runLaunchBench], ['lighthouse', runLighthouseBench], ['schedule', runScheduleBench], ['documents', runDocumentSizeBench], ['circle', runCircleBench],
  ['planner', runPlannerBench], ['sync', runSyncBench], ['carried', runCarriedBench], ['coordinators', runCoordinatorsBench],
  ['words', runSafetyWordsBench],
]
const chosen = process.argv.slice(2)
for (const [name, section] of sections) {
  if (chosen.length > 0 && !chosen.includes(name)) continue
  await section()
  console.log('')
}
