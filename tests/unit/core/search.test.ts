/** Topic search (typos, prefixes, synonyms, abbreviations) and lookup resolution, as tables. */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../utils/core/detect';
import {
  createTopicIndex,
  editDistance,
  foldForSearch,
  resolveLookup,
  type SearchableTopic,
  type SearchHit,
} from '../../../utils/core/search';
import { seedTopics } from '../../tools/topics';

const index = createTopicIndex(seedTopics);
const detector = createDetector(seedTopics);

describe('search over the built-in topics: the expected topic comes first', () => {
  it.each([
    // Exact titles, any case, accents
    ['Pneumothorax', 'pneumothorax', 'title'],
    ['pneumothorax', 'pneumothorax', 'title'],
    ['ATELECTASIS', 'atelectasis', 'term'],
    ['Atélectasis', 'atelectasis', 'term'],
    ['abdominal aortic aneurysm', 'abdominal-aortic-aneurysm', 'title'],
    ['thoracic aortic aneurysm', 'thoracic-aortic-aneurysm', 'term'],
    ['heterotopic ossification', 'heterotopic-ossification', 'title'],
    ['hiatal hernia', 'hiatal-hernia', 'title'],
    ['emphysema', 'emphysema', 'title'],
    ['effusion', 'pleural-effusion', 'term'],
    // Prefixes while typing
    ['pneumot', 'pneumothorax', 'title'],
    ['pleural eff', 'pleural-effusion', 'title'],
    ['abdominal aortic', 'abdominal-aortic-aneurysm', 'title'],
    ['Pellegrini', 'pellegrini-stieda-lesion', 'title'],
    ['compression fracture', 'vertebral-compression-fracture', 'term'],
    // Typos
    ['pneumothorx', 'pneumothorax', 'title'],
    ['pnemothorax', 'pneumothorax', 'title'],
    ['pnemot', 'pneumothorax', 'title'],
    ['effussion', 'pleural-effusion', 'title'],
    ['pleural effussion', 'pleural-effusion', 'title'],
    ['cardiomegally', 'cardiomegaly', 'title'],
    ['emphysma', 'emphysema', 'title'],
    ['heterotopic ossificaton', 'heterotopic-ossification', 'title'],
    ['gallbladder polip', 'gallbladder-polyp', 'title'],
    // Synonyms and abbreviations the title does not contain
    ['PTX', 'pneumothorax', 'term'],
    ['AAA', 'abdominal-aortic-aneurysm', 'term'],
    ['HO', 'heterotopic-ossification', 'term'],
    ['SBO', 'small-bowel-obstruction', 'term'],
    ['hydrothorax', 'pleural-effusion', 'term'],
    ['Forestier disease', 'diffuse-idiopathic-skeletal-hyperostosis', 'term'],
    ['gonarthrosis', 'knee-osteoarthritis', 'term'],
    ['myositis ossificans', 'heterotopic-ossification', 'term'],
    ['air under the diaphragm', 'pneumoperitoneum', 'term'],
    ['honeycombing', 'pulmonary-fibrosis', 'term'],
    ['anterolisthesis', 'spondylolisthesis', 'term'],
    ['enlargement of the heart', 'cardiomegaly', 'term'],
    ['wedge deformity', 'vertebral-compression-fracture', 'term'],
    ['hydrothrax', 'pleural-effusion', 'term'],
    // Synonyms the title carries too, typed out whole: a term matched
    ['DISH', 'diffuse-idiopathic-skeletal-hyperostosis', 'term'],
    ['enlarged cardiac silhouette', 'cardiomegaly', 'term'],
    ['fatty liver', 'hepatic-steatosis', 'term'],
    ['gallstones', 'cholelithiasis', 'title'],
    ['kidney stone', 'nephrolithiasis', 'term'],
    ['adrenal incidentaloma', 'adrenal-nodule', 'term'],
    ['hip arthritis', 'hip-osteoarthritis', 'term'],
    ['knee OA', 'knee-osteoarthritis', 'term'],
    // Guideline names, hyphens as spaces or joined
    ['TI-RADS', 'thyroid-nodule', 'term'],
    ['tirads', 'thyroid-nodule', 'term'],
    ['bosniak', 'renal-cyst', 'term'],
    ['fleischner', 'pulmonary-nodule', 'guideline'],
    // One word of a title
    ['nodule', 'pulmonary-nodule', 'term'],
    ['adrenal', 'adrenal-nodule', 'title'],
  ] as const)('%j -> %s (matched in %s)', (query, topicId, matched) => {
    const [top] = index.search(query, 5);
    expect(top?.topicId).toBe(topicId);
    expect(top?.matched).toBe(matched);
  });

  it.each([[''], ['   '], ['!!!'], ['-/-'], ['qwzx vbnm'], ['xy'], ['pleural qwzx']])(
    '%j finds nothing',
    (query) => {
      expect(index.search(query)).toEqual([]);
    },
  );

  it('returns at most `limit` hits, best first, several topics for a shared word', () => {
    expect(index.search('e', 3)).toHaveLength(3);
    expect(index.search('effusion', 0)).toEqual([]);
    const effusions = index.search('effusion', 10);
    expect(effusions.map((h) => h.topicId).slice(0, 3)).toEqual([
      'pleural-effusion',
      'joint-effusion',
      'pericardial-effusion',
    ]);
    const scores = effusions.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

/** A minimal searchable topic. */
const topic = (
  id: string,
  title: string,
  terms: string[] = [],
  bottomLine = 'Nothing here.',
): SearchableTopic => ({
  id,
  title,
  terms: [
    { text: title, kind: 'preferred' },
    ...terms.map((text) => ({ text, kind: 'synonym' as const })),
  ],
  bottomLine,
  category: 'Test',
});

describe('search on pasted text', () => {
  it('reads the first 16 words of a huge query', () => {
    expect(index.search('pleural effusion '.repeat(100_000), 1)[0]?.topicId).toBe(
      'pleural-effusion',
    );
    expect(index.search(`${'pleural '.repeat(16)}qwzx`, 1)[0]?.topicId).toBe('pleural-effusion');
    expect(index.search(`${'pleural '.repeat(15)}qwzx`, 1)).toEqual([]);
  });
});

describe('search rules, on small made-up topics', () => {
  const small = createTopicIndex([
    topic('a-zeta', 'Zeta lesion', ['granular body']),
    topic('z-alpha', 'Alpha lesion'),
    topic('title-word', 'Granular cell change'),
    topic('in-terms', 'Something else', ['granular change']),
    topic('in-bottom-line', 'Other thing', [], 'Often granular on imaging.'),
    topic('marker', 'Marker-positive mass', ['tumour marker']),
    topic('fracture', 'Stress fracture'),
    topic('fractal', 'Fractal pattern'),
    topic('short', 'Cat scan'),
    topic('long', 'Osteochondroma'),
  ]);
  const ids = (query: string) => small.search(query, 20).map((h: SearchHit) => h.topicId);

  it.each([
    // Exact title/term phrase > title word > term word > bottom-line word
    ['granular change', ['in-terms', 'title-word']],
    ['granular', ['title-word', 'in-terms', 'a-zeta', 'in-bottom-line']],
    // Exact over prefix over typo (same field)
    ['fracture', ['fracture']],
    ['fract', ['fractal', 'fracture']],
    ['fractre', ['fracture']],
    // Ties by title (not by id)
    ['lesion', ['z-alpha', 'a-zeta']],
    // AND: every query word must match some word of the topic
    ['granular body', ['a-zeta']],
    ['granular qqqq', []],
    // Hyphens as spaces, and joined
    ['marker positive', ['marker']],
    ['markerpositive', ['marker']],
    // A prefix for a non-final word needs 3+ letters
    ['ma mass', []],
    ['mar mass', ['marker']],
    // No typos under 4 letters; 1 for 4-7 letters; 2 for 8+
    ['cot scan', []],
    ['cat scna', ['short']],
    ['ostechondrma', ['long']],
    ['ostchndroma', []],
  ] as const)('%j -> %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('names the field that matched best', () => {
    expect(small.search('granular', 20).map((h) => [h.topicId, h.matched])).toEqual([
      ['title-word', 'title'],
      ['in-terms', 'term'],
      ['a-zeta', 'term'],
      ['in-bottom-line', 'bottom-line'],
    ]);
  });
});

describe('foldForSearch and editDistance', () => {
  it.each([
    ['Ménétrier’s  DISEASE', 'menetriers disease'],
    ['TI-RADS 4/5', 'ti rads 4 5'],
    ['pneu\u00admothorax', 'pneumothorax'],
    ['  ...  ', ''],
  ])('fold %j = %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it.each([
    ['kitten', 'sitting', 3, 3],
    ['effusion', 'effussion', 2, 1],
    ['pneumothorax', 'pnuemothorax', 2, 1],
    ['ab', 'ba', 1, 1],
    ['abc', 'abc', 0, 0],
    ['abc', 'abcdef', 1, 2],
    ['', 'abc', 3, 3],
    ['a'.repeat(200), 'b'.repeat(200), 2, 3],
  ])('%s / %s (max %d) = %d', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });
});

describe('resolveLookup: lexicon first, then search, else the query', () => {
  it.each([
    ['PTX', 'pneumothorax', 'lexicon'],
    ['no pleural effusion', 'pleural-effusion', 'lexicon'],
    ['Small left pleural effusion', 'pleural-effusion', 'lexicon'],
    ['mild joint space narrowing of the right hip', 'hip-osteoarthritis', 'lexicon'],
    ['joint space narrowing of the left knee', 'knee-osteoarthritis', 'lexicon'],
    ['bibasilar atelectasis', 'atelectasis', 'lexicon'],
    ['The heart is mildly enlarged.', 'cardiomegaly', 'lexicon'],
    ['AAA', 'abdominal-aortic-aneurysm', 'lexicon'],
    ['Bosniak IIF cyst', 'renal-cyst', 'lexicon'],
    ['pneumothorx', 'pneumothorax', 'search'],
    ['  cardiomegally\n', 'cardiomegaly', 'search'],
    ['effussion', 'pleural-effusion', 'search'],
    ['heterotopic ossificaton', 'heterotopic-ossification', 'search'],
    ['Fleischner', 'pulmonary-nodule', 'search'],
  ])('%j -> %s via %s', (selection, topicId, via) => {
    expect(resolveLookup(selection, detector, index)).toEqual({ topicId, via });
  });

  it('a selection naming several findings opens the longest mention, then the first', () => {
    const found = resolveLookup(
      'Effusion. Severe degenerative joint space narrowing of the right hip.',
      detector,
      index,
    );
    expect(found).toEqual({ topicId: 'hip-osteoarthritis', via: 'lexicon' });
    expect(resolveLookup('Pneumothorax. Emphysema.', detector, index)).toEqual({
      topicId: 'pneumothorax',
      via: 'lexicon',
    });
  });

  it.each([
    ['qwzx vbnm', 'qwzx vbnm'],
    ['  qwzx   vbnm\n\nzzkj  ', 'qwzx vbnm zzkj'],
    ['', ''],
    ['\u202eqwzx\u200b vbnm\u0000', 'qwzx vbnm'],
    // Report words that only brush against a topic do not open it
    ['Impression:', 'Impression:'],
    ['Follow-up in 3 months', 'Follow-up in 3 months'],
    ['right lower lobe', 'right lower lobe'],
    ['aneurysm', 'aneurysm'],
    ['The patient is comfortable.', 'The patient is comfortable.'],
  ])('%j finds nothing and returns %j for the search box', (selection, query) => {
    expect(resolveLookup(selection, detector, index)).toEqual({ topicId: undefined, query });
  });

  it('never throws on hostile selections, and cuts the query to 200 characters', () => {
    const hostile = [
      '\u202e\u0000\ud83d',
      'x'.repeat(1_000_000),
      'qwzx '.repeat(200_000),
      '🦴'.repeat(5000),
      `${'x'.repeat(199)}🦴`,
      '\t\n',
    ];
    for (const text of hostile) {
      const found = resolveLookup(text, detector, index);
      if (found.topicId !== undefined) continue;
      expect(found.query.length).toBeLessThanOrEqual(200);
      expect(found.query).not.toMatch(/[\ud800-\udbff]$/);
    }
    expect(resolveLookup('qwzx '.repeat(200_000), detector, index)).toEqual({
      topicId: undefined,
      query: 'qwzx '.repeat(40).trim(),
    });
  });
});
