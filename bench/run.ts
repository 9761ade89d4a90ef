// `npm run bench`: figures for speed and size, printed, never asserted. Each section is
// its own module so later issues add theirs here.
import { runScheduleBench } from './schedule.bench'
import { runDocumentSizeBench } from './documentSize.bench'
import { runCircleBench } from './circle.bench'
import { runSyncBench } from './sync.bench'
import { runPlannerBench } from './planner.bench'
import { runCarriedBench } from './carried.bench'

const sections = [runScheduleBench, runDocumentSizeBench, runCircleBench, runPlannerBench, runSyncBench, runCarriedBench]
for (const section of sections) {
  await section()
  console.log('')
}
