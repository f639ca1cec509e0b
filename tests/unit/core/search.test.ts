/** Topic search (typos, prefixes, synonyms, abbreviations) and lookup resolution, as tables. */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../utils/core/detect';
import { createTopicIndex, editDistance, resolveLookup } from '../../../utils/core/search';
import { seedTopics } from '../../tools/topics';

const index = createTopicIndex(seedTopics);
const detector = createDetector(seedTopics);

describe('search: the expected topic comes first', () => {
  it.each([
    ['Pneumothorax', 'pneumothorax'],
    ['pneumothorax', 'pneumothorax'],
    ['pneumothorx', 'pneumothorax'],
    ['pnemothorax', 'pneumothorax'],
    ['pneumot', 'pneumothorax'],
    ['PTX', 'pneumothorax'],
    ['cardiomegally', 'cardiomegaly'],
    ['enlarged cardiac silhouette', 'cardiomegaly'],
    ['pleural effussion', 'pleural-effusion'],
    ['pleural eff', 'pleural-effusion'],
    ['AAA', 'abdominal-aortic-aneurysm'],
    ['abdominal aortic', 'abdominal-aortic-aneurysm'],
    ['thoracic aortic aneurysm', 'thoracic-aortic-aneurysm'],
    ['bosniak', 'renal-cyst'],
    ['TI-RADS', 'thyroid-nodule'],
    ['tirads', 'thyroid-nodule'],
    ['fleischner', 'pulmonary-nodule'],
    ['nodule', 'pulmonary-nodule'],
    ['adrenal', 'adrenal-nodule'],
    ['adrenal incidentaloma', 'adrenal-nodule'],
    ['fatty liver', 'hepatic-steatosis'],
    ['gallstones', 'cholelithiasis'],
    ['kidney stone', 'nephrolithiasis'],
    ['DISH', 'diffuse-idiopathic-skeletal-hyperostosis'],
    ['heterotopic ossification', 'heterotopic-ossification'],
    ['heterotopic ossificaton', 'heterotopic-ossification'],
    ['HO', 'heterotopic-ossification'],
    ['hip arthritis', 'hip-osteoarthritis'],
    ['knee OA', 'knee-osteoarthritis'],
    ['emphysema', 'emphysema'],
    ['emphysma', 'emphysema'],
    ['hiatal hernia', 'hiatal-hernia'],
    ['Pellegrini', 'pellegrini-stieda-lesion'],
    ['compression fracture', 'vertebral-compression-fracture'],
    ['ATELECTASIS', 'atelectasis'],
    ['Atélectasis', 'atelectasis'],
  ])('%j -> %s', (query, topicId) => {
    expect(index.search(query, 5)[0]?.topicId).toBe(topicId);
  });

  it.each([[''], ['   '], ['!!!'], ['qwzx vbnm'], ['xy']])('%j finds nothing', (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it('every query word must match (AND), and limit is respected', () => {
    expect(index.search('pleural qwzx')).toEqual([]);
    expect(index.search('e', 3).length).toBeLessThanOrEqual(3);
    expect(index.search('effusion', 10).map((h) => h.topicId)).toEqual(
      expect.arrayContaining(['pleural-effusion', 'joint-effusion']),
    );
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['effusion', 'effussion', 2, 1],
    ['pneumothorax', 'pnuemothorax', 2, 1],
    ['abc', 'abc', 0, 0],
    ['abc', 'abcdef', 1, 2],
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
    ['pneumothorx', 'pneumothorax', 'search'],
    ['Bosniak IIF cyst', 'renal-cyst', 'lexicon'],
    ['Fleischner', 'pulmonary-nodule', 'search'],
    ['cardiomegally', 'cardiomegaly', 'search'],
  ])('%j -> %s via %s', (selection, topicId, via) => {
    expect(resolveLookup(selection, detector, index)).toEqual({ topicId, via });
  });

  it('a selection naming several findings opens the longest mention', () => {
    const found = resolveLookup(
      'Effusion. Severe degenerative joint space narrowing of the right hip.',
      detector,
      index,
    );
    expect(found).toEqual({ topicId: 'hip-osteoarthritis', via: 'lexicon' });
  });

  it.each([
    ['qwzx vbnm', 'qwzx vbnm'],
    ['  qwzx   vbnm\n\nzzkj  ', 'qwzx vbnm zzkj'],
    ['', ''],
  ])('%j finds nothing and returns %j for the search box', (selection, query) => {
    expect(resolveLookup(selection, detector, index)).toEqual({ topicId: undefined, query });
  });

  it('never throws on hostile selections, and cuts the query to 200 characters', () => {
    for (const text of ['\u202e\u0000\ud83d', 'x'.repeat(1_000_000), '🦴'.repeat(5000), '\t\n']) {
      const found = resolveLookup(text, detector, index);
      if (found.topicId === undefined) expect(found.query.length).toBeLessThanOrEqual(200);
    }
  });
});
