import { seedTopics } from '../topics';
import { createDetector } from '../../../utils/core/detect';
const d = createDetector(seedTopics);
for (const s of process.argv.slice(2)) {
  console.log(s);
  for (const f of d.detect(s)) console.log('   ', f.topicId, JSON.stringify(f.text), f.status);
}
