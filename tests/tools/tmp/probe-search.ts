import { seedTopics } from '../topics';
import { createTopicIndex, resolveLookup } from '../../../utils/core/search';
import { createDetector } from '../../../utils/core/detect';
const idx = createTopicIndex(seedTopics);
const det = createDetector(seedTopics);
for (const q of [
  'pneumothorx',
  'effus',
  'bosniak',
  'PTX',
  'cardiomegally',
  'effussion',
  'aaa',
  'hip',
  'nodule',
  'fleischner',
  'ti-rads',
  'joint space',
  'ggo',
  'xyz',
]) {
  console.log(
    q.padEnd(14),
    idx
      .search(q, 4)
      .map((h) => `${h.topicId}:${h.score.toFixed(1)}:${h.matched}`)
      .join('  '),
  );
}
for (const s of [
  'PTX',
  'no pleural effusion',
  'mild joint space narrowing of the right hip',
  'bibasilar atelectasis',
  'pneumothorx',
  'qwzx vbnm',
  'AAA',
  'mildly enlarged',
  'Small left pleural effusion',
])
  console.log(s, JSON.stringify(resolveLookup(s, det, idx)));
