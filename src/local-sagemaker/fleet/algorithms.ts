import type { AlgorithmFamily, AlgorithmId } from "./fleet.types.js";

/** TrainingInputMode values of the SDK. */
export type InputMode = "File" | "Pipe" | "FastFile";

/** Instance family of an algorithm's jobs. Serverless jobs have `none`, because they have no cluster. */
export type Hardware = "cpu" | "gpu" | "mixed" | "none";

/** Profile of the code a job trains with. */
export type AlgorithmProfile = {
  family: AlgorithmFamily;
  /** Base of the SDK's default job name. */
  baseJobName: string;
  /**
   * Models the algorithm trains, written to the `model` tag and to
   * user-chosen job names. Script-mode and own-image algorithms have none:
   * they train those models of their job's project that they can run.
   */
  models?: readonly string[];
  projects: readonly string[];
  hardware: Hardware;
  /** Range of the Training phase on one instance, in minutes, drawn log-uniformly. */
  trainingMinutes: readonly [number, number];
  inputModes: readonly InputMode[];
  channels: readonly string[];
  contentType?: string;
};

/** The algorithms of the fleet, keyed by id. */
export const ALGORITHMS: Readonly<Record<AlgorithmId, AlgorithmProfile>> = {
  xgboost: {
    family: "builtin",
    baseJobName: "sagemaker-xgboost",
    models: ["xgboost"],
    projects: ["churn-prediction", "fraud-detection", "demand-forecast"],
    hardware: "cpu",
    trainingMinutes: [3, 45],
    inputModes: ["File", "Pipe"],
    channels: ["train", "validation"],
    contentType: "text/csv",
  },
  blazingtext: {
    family: "builtin",
    baseJobName: "blazingtext",
    models: ["blazingtext"],
    projects: ["review-insights", "support-assistant"],
    hardware: "gpu",
    trainingMinutes: [5, 60],
    inputModes: ["File", "Pipe"],
    channels: ["train", "validation"],
    contentType: "text/plain",
  },
  kmeans: {
    family: "builtin",
    baseJobName: "kmeans",
    models: ["kmeans"],
    projects: ["customer-segments"],
    hardware: "cpu",
    trainingMinutes: [2, 20],
    inputModes: ["File", "Pipe"],
    channels: ["train", "test"],
    contentType: "application/x-recordio-protobuf",
  },
  "linear-learner": {
    family: "builtin",
    baseJobName: "linear-learner",
    models: ["linear-learner"],
    projects: ["churn-prediction", "demand-forecast", "fraud-detection"],
    hardware: "cpu",
    trainingMinutes: [3, 40],
    inputModes: ["File", "Pipe"],
    channels: ["train", "validation", "test"],
    contentType: "text/csv",
  },
  "factorization-machines": {
    family: "builtin",
    baseJobName: "factorization-machines",
    models: ["factorization-machines"],
    projects: ["search-ranking", "customer-segments"],
    hardware: "cpu",
    trainingMinutes: [5, 60],
    inputModes: ["File", "Pipe"],
    channels: ["train", "test"],
    contentType: "application/x-recordio-protobuf",
  },
  "image-classification": {
    family: "builtin",
    baseJobName: "image-classification",
    models: ["image-classification"],
    projects: ["visual-inspection"],
    hardware: "gpu",
    trainingMinutes: [20, 300],
    inputModes: ["File", "Pipe"],
    channels: ["train", "validation"],
    contentType: "application/x-image",
  },
  pytorch: {
    family: "framework",
    baseJobName: "pytorch-training",
    projects: ["fraud-detection", "search-ranking", "visual-inspection", "demand-forecast"],
    hardware: "mixed",
    trainingMinutes: [15, 900],
    inputModes: ["File", "FastFile", "Pipe"],
    channels: ["train", "validation"],
  },
  tensorflow: {
    family: "framework",
    baseJobName: "tensorflow-training",
    projects: ["demand-forecast", "search-ranking", "visual-inspection"],
    hardware: "mixed",
    trainingMinutes: [15, 600],
    inputModes: ["File", "Pipe", "FastFile"],
    channels: ["train", "validation", "test"],
  },
  huggingface: {
    family: "framework",
    baseJobName: "huggingface-pytorch-training",
    projects: ["support-assistant", "review-insights"],
    hardware: "gpu",
    trainingMinutes: [20, 1440],
    inputModes: ["File", "FastFile"],
    channels: ["train", "test"],
  },
  sklearn: {
    family: "framework",
    baseJobName: "sagemaker-scikit-learn",
    projects: ["churn-prediction", "demand-forecast", "customer-segments"],
    hardware: "cpu",
    trainingMinutes: [2, 30],
    inputModes: ["File"],
    channels: ["train", "test"],
  },
  byoc: {
    family: "custom",
    baseJobName: "custom-training",
    projects: ["fraud-detection", "search-ranking", "demand-forecast", "visual-inspection"],
    hardware: "mixed",
    trainingMinutes: [10, 600],
    inputModes: ["File", "Pipe", "FastFile"],
    channels: ["training", "evaluation"],
  },
  marketplace: {
    family: "custom",
    baseJobName: "marketplace-algorithm",
    models: ["autogluon-tabular", "timeseries-forecaster"],
    projects: ["churn-prediction", "demand-forecast"],
    hardware: "cpu",
    trainingMinutes: [10, 120],
    inputModes: ["File"],
    channels: ["training"],
    contentType: "text/csv",
  },
  "algorithm-resource": {
    family: "custom",
    baseJobName: "ranking-gbm",
    models: ["ranking-gbm"],
    projects: ["search-ranking"],
    hardware: "cpu",
    trainingMinutes: [10, 120],
    inputModes: ["File"],
    channels: ["train", "validation"],
    contentType: "text/csv",
  },
  "llm-fine-tuning": {
    family: "serverless",
    baseJobName: "model-customization",
    models: ["llama-3-1-8b-instruct", "mistral-7b-instruct", "qwen2-5-7b-instruct"],
    projects: ["support-assistant", "review-insights"],
    hardware: "none",
    trainingMinutes: [60, 900],
    inputModes: ["File"],
    channels: ["train", "validation"],
    contentType: "application/jsonlines",
  },
  "llm-evaluation": {
    family: "serverless",
    baseJobName: "model-evaluation",
    models: ["llama-3-1-8b-instruct", "mistral-7b-instruct"],
    projects: ["support-assistant"],
    hardware: "none",
    trainingMinutes: [20, 240],
    inputModes: ["File"],
    channels: ["test"],
    contentType: "application/jsonlines",
  },
};

/** Relative frequency of each algorithm among jobs that are not tuning or AutoML children. */
export const ALGORITHM_WEIGHTS: readonly (readonly [AlgorithmId, number])[] = [
  ["xgboost", 20],
  ["pytorch", 18],
  ["huggingface", 10],
  ["tensorflow", 9],
  ["byoc", 10],
  ["sklearn", 6],
  ["linear-learner", 5],
  ["blazingtext", 3],
  ["kmeans", 3],
  ["image-classification", 3],
  ["factorization-machines", 2],
  ["marketplace", 2],
  ["algorithm-resource", 1],
  ["llm-fine-tuning", 3],
  ["llm-evaluation", 1],
];
