/**
 * AWS-owned ECR registry accounts per region for the images the fleet uses,
 * taken from the `image_uri_config/*.json` files of aws/sagemaker-python-sdk
 * (xgboost.json 1.x, kmeans.json, linear-learner.json, blazingtext.json,
 * image-classification.json, debugger.json).
 */
export type RegionRegistries = {
  /** sagemaker-xgboost and sagemaker-scikit-learn images. */
  frameworks: string;
  /** kmeans, linear-learner and factorization-machines images. */
  tabularBuiltins: string;
  /** blazingtext and image-classification images. */
  mediaBuiltins: string;
  /** sagemaker-debugger-rules images that evaluate debugger and profiler rules. */
  debuggerRules: string;
  /** AWS Deep Learning Containers (PyTorch, TensorFlow, Hugging Face). */
  deepLearningContainers: string;
};

const DEEP_LEARNING_CONTAINERS = "763104351884";

const REGION_REGISTRIES: Readonly<Record<string, RegionRegistries>> = {
  "us-east-1": registries("683313688378", "382416733822", "811284229777", "503895931360"),
  "us-east-2": registries("257758044811", "404615174143", "825641698319", "915447279597"),
  "us-west-2": registries("246618743249", "174872318107", "433757028032", "895741380848"),
  "eu-west-1": registries("141502667606", "438346466558", "685385470294", "929884845733"),
  "eu-central-1": registries("492215442770", "664544806723", "813361260812", "482524230118"),
  "ap-southeast-1": registries("121021644041", "475088953585", "475088953585", "972752614525"),
  "ap-northeast-1": registries("354813040037", "351501993468", "501404015308", "430734990657"),
};

/** Regions the fleet can be generated for. */
export const FLEET_REGIONS: readonly string[] = Object.keys(REGION_REGISTRIES);

/** Returns the registry accounts of `region`; throws a RangeError for a region outside FLEET_REGIONS. */
export function registriesFor(region: string): RegionRegistries {
  const found = REGION_REGISTRIES[region];
  if (found === undefined) {
    throw new RangeError(
      `Unsupported fleet region "${region}": use one of ${FLEET_REGIONS.join(", ")}.`,
    );
  }
  return found;
}

function registries(
  frameworks: string,
  tabularBuiltins: string,
  mediaBuiltins: string,
  debuggerRules: string,
): RegionRegistries {
  return {
    frameworks,
    tabularBuiltins,
    mediaBuiltins,
    debuggerRules,
    deepLearningContainers: DEEP_LEARNING_CONTAINERS,
  };
}
